package org.cyberbench.learning.internal;

import org.cyberbench.course.CourseVersionUsage;
import org.springframework.stereotype.Component;

/** Tells the course importer that a course version has learners, so it is not changed under them. */
@Component
class LearnerUsage implements CourseVersionUsage {

    private final EnrolmentRepository enrolments;

    LearnerUsage(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public boolean isInUse(long courseVersionId) {
        return enrolments.existsByCourseVersionId(courseVersionId);
    }
}
