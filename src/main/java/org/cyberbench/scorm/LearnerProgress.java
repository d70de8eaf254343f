package org.cyberbench.scorm;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a learner stands with a package: their latest attempt, and whether any attempt was completed.
 *
 * @param scorePercent the latest attempt's score as a percentage, or null when the SCO reported none
 * @param completedAt  when the learner first completed the package, or null
 * @param attempts     how many attempts they started
 * @param resumable    whether the next launch carries on from where they stopped
 */
public record LearnerProgress(long packageId, String title, Completion completion, Success success, Integer scorePercent,
        long totalSeconds, Instant lastActivity, Instant completedAt, int attempts, boolean resumable) {

    public boolean everCompleted() {
        return completedAt != null;
    }

    static Integer percent(BigDecimal scaled) {
        return scaled == null ? null : scaled.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
