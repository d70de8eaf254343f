package org.cyberbench.learning;

/** What a lesson page shows of the learner's record: the enrolment and how far they got. */
public record OpenedLesson(EnrolmentSummary enrolment, Progress progress) {
}
