package org.cyberbench.scenario;

import java.time.Instant;

/**
 * Published once when a participant's decision is recorded in a classroom scenario run. The user id
 * is null for a guest; {@code score} and {@code maximum} are the option's points and the recommended
 * option's.
 */
public record DecisionRecorded(long runId, String scenarioSlug, long participantId, Long userId, String role, String decisionId,
        String optionId, boolean recommended, int score, int maximum, Instant at) {
}
