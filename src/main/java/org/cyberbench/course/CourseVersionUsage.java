package org.cyberbench.course;

/**
 * Tells the importer whether learners use a course version (enrolments, attempts, certificates),
 * so that a changed course with the same version number is refused instead of changed under them.
 * Implemented by the learning module; the course module does not know about learners.
 */
public interface CourseVersionUsage {

    boolean isInUse(long courseVersionId);
}
