/**
 * Learning records: enrolments, lesson progress, quiz attempts and certificates, and the learner's
 * journey through the online modules (catalogue, course page, lessons, quizzes, verification).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.cyberbench.learning;
