package org.cyberbench.learning;

import java.util.Map;
import java.util.Set;

/** What a learner has done in one enrolment: lessons completed and each module quiz's best result. */
public record Progress(long enrolmentId, long courseVersionId, Set<Long> completedLessons,
        Map<Long, Integer> bestQuizScores, Set<Long> passedQuizzes, int percentDone, boolean completed) {
}
