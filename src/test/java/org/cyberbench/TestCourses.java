package org.cyberbench;

import java.util.List;
import java.util.Map;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentFixtures;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.QuizSession;
import org.springframework.stereotype.Component;

/** Imports the small test course and takes a learner through it to a real certificate, via the real services. */
@Component
public class TestCourses {

    private final ContentImporter importer;
    private final LearningService learning;
    private final CourseCatalog catalog;
    private final TestUsers testUsers;

    TestCourses(ContentImporter importer, LearningService learning, CourseCatalog catalog, TestUsers testUsers) {
        this.importer = importer;
        this.learning = learning;
        this.catalog = catalog;
        this.testUsers = testUsers;
    }

    public void importSmallCourse(String slug) {
        importFiles(ContentFixtures.smallCourse(slug, 1));
    }

    /** The small course as a blended course, completed only with attendance at one of its events. */
    public void importBlendedCourse(String slug) {
        Map<String, String> files = new java.util.LinkedHashMap<>(ContentFixtures.smallCourse(slug, 1));
        String course = "courses/" + slug + "/course.yaml";
        files.put(course, files.get(course).replace("certificateValidityMonths: 12\n", "certificateValidityMonths: 12\nrequiresAttendance: true\n"));
        importFiles(files);
    }

    private void importFiles(Map<String, String> files) {
        SystemAuthentication.runAsSystem(() -> importer.importContent(new ContentFiles(files), "test", ContentImporter.Progress.NONE));
    }

    /** Every lesson completed and the quiz passed: the learner holds the course's certificate. */
    public Certificate certify(UserAccount learner, String slug) {
        long enrolment = doEveryStep(learner, slug);
        return testUsers.as(learner, () -> learning.certificateFor(enrolment)).orElseThrow();
    }

    /** Every lesson completed and the quiz passed; returns the enrolment. */
    public long doEveryStep(UserAccount learner, String slug) {
        EnrolmentSummary enrolment = testUsers.as(learner, () -> learning.enrol(slug));
        CourseOutline course = testUsers.as(learner, () -> catalog.outline(enrolment.courseVersionId()));
        for (var lesson : course.allLessons()) {
            testUsers.as(learner, () -> learning.completeLesson(enrolment.id(), lesson.id()));
        }
        long moduleId = course.modules().getFirst().id();
        QuizSession session = testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), moduleId));
        testUsers.as(learner, () -> learning.submitQuiz(session.attemptId(),
                Map.of("q1", List.of("a"), "q2", List.of("true"), "q3", List.of("a", "b"))));
        return enrolment.id();
    }
}
