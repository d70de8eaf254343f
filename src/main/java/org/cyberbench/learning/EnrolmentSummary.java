package org.cyberbench.learning;

import java.time.Instant;
import org.cyberbench.shared.LocalizedText;

/** A learner's enrolment with how far they got, for the dashboard and the course page. */
public record EnrolmentSummary(long id, String courseSlug, long courseVersionId, int courseRevision,
        LocalizedText courseTitle, int percentDone, Long lastLessonId, Instant lastActivityAt, Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
