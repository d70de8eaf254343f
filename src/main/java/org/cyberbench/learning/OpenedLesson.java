package org.cyberbench.learning;

import org.cyberbench.course.CourseOutline;

/** What a lesson page shows: the course version the learner is enrolled in, their enrolment and how far they got. */
public record OpenedLesson(CourseOutline course, EnrolmentSummary enrolment, Progress progress) {
}
