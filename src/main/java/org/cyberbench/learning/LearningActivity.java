package org.cyberbench.learning;

import java.time.Instant;
import java.util.List;

/**
 * What a learner did in an online course, published after it was recorded (once: a double click or a
 * reload publishes nothing new). Other modules listen to report learning elsewhere (an LRS, an LMS
 * gradebook) without reaching into the learning records. Completing a course is {@link CertificateIssued}.
 */
public sealed interface LearningActivity {

    long userId();

    String courseSlug();

    /** The course version the learner is enrolled on (lesson and module ids belong to it). */
    long courseVersionId();

    Instant at();

    /** A learner enrolled in (launched) a course. */
    record CourseStarted(long userId, long enrolmentId, String courseSlug, long courseVersionId, Instant at) implements LearningActivity {
    }

    /** A learner opened a lesson. */
    record LessonOpened(long userId, long enrolmentId, String courseSlug, long courseVersionId, long lessonId, Instant at) implements LearningActivity {
    }

    /** A learner completed a lesson for the first time. */
    record LessonCompleted(long userId, long enrolmentId, String courseSlug, long courseVersionId, long lessonId, Instant at) implements LearningActivity {
    }

    /**
     * A learner submitted a module's quiz: the score (0–100), whether it passed, and each question's
     * answer and result.
     */
    record QuizSubmitted(long userId, long enrolmentId, String courseSlug, long courseVersionId, long moduleId, long attemptId, int score, int passMark,
            boolean passed, List<Answer> answers, Instant at) implements LearningActivity {
    }

    /** One question of a submitted quiz. */
    record Answer(String questionId, List<String> optionIds, boolean correct) {
    }
}
