package org.cyberbench.learning.ui;

import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.CourseOutline.LessonOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.Progress;

/** Addresses of the learner's pages, and where "continue" leads. */
final class LearnRoutes {

    private LearnRoutes() {
    }

    static String lesson(long enrolmentId, long lessonId) {
        return "learn/" + enrolmentId + "/lesson/" + lessonId;
    }

    static String quiz(long enrolmentId, long moduleId) {
        return "learn/" + enrolmentId + "/quiz/" + moduleId;
    }

    static String print(long enrolmentId, long moduleId) {
        return "learn/" + enrolmentId + "/print/" + moduleId;
    }

    /** The lesson last opened, else the first step not done yet (lesson or quiz), else the first lesson. */
    static String next(EnrolmentSummary enrolment, CourseOutline course, Progress progress) {
        if (enrolment.lastLessonId() != null && !enrolment.completed()) {
            return lesson(enrolment.id(), enrolment.lastLessonId());
        }
        for (ModuleOutline module : course.modules()) {
            for (LessonOutline lesson : module.lessons()) {
                if (progress == null || !progress.completedLessons().contains(lesson.id())) {
                    return lesson(enrolment.id(), lesson.id());
                }
            }
            if (module.hasQuiz() && (progress == null || !progress.passedQuizzes().contains(module.id()))) {
                return quiz(enrolment.id(), module.id());
            }
        }
        return lesson(enrolment.id(), course.modules().getFirst().lessons().getFirst().id());
    }
}
