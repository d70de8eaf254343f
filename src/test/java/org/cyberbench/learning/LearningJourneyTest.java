package org.cyberbench.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.course.ContentExporter;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentFixtures;
import org.cyberbench.course.ContentImportException;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseDefinition;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.internal.content.ContentReader;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.internal.CertificateEntity;
import org.cyberbench.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Import, versions, progress, attempts and certificates, through the services a learner and an editor use. */
@IntegrationTest
class LearningJourneyTest {

    private static final AtomicInteger courses = new AtomicInteger();

    @Autowired
    ContentImporter importer;
    @Autowired
    ContentExporter exporter;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningService learning;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    String slug;
    UserAccount learner;

    @BeforeEach
    void importACourse() {
        slug = "service-course-" + courses.incrementAndGet();
        importFiles(ContentFixtures.smallCourse(slug, 1));
        learner = testUsers.create("Nina Judge", Role.LEARNER);
    }

    @Test
    void completingEveryLessonAndPassingTheQuizIssuesAVerifiableCertificate() {
        EnrolmentSummary enrolment = testUsers.as(learner, () -> learning.enrol(slug));
        CourseOutline course = testUsers.as(learner, () -> catalog.outline(enrolment.courseVersionId()));
        for (var lesson : course.allLessons()) {
            testUsers.as(learner, () -> learning.completeLesson(enrolment.id(), lesson.id()));
        }
        assertThat(testUsers.as(learner, () -> learning.certificateFor(enrolment.id()))).isEmpty();
        AttemptSummary passed = passQuiz(enrolment, course);
        assertThat(passed.passed()).isTrue();

        Certificate certificate = testUsers.as(learner, () -> learning.certificateFor(enrolment.id())).orElseThrow();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.holderName()).isEqualTo("Nina Judge");
        assertThat(certificate.expiresAt()).isAfter(certificate.issuedAt().plus(360, ChronoUnit.DAYS));
        assertThat(testUsers.as(learner, () -> learning.enrolment(enrolment.id())).completed()).isTrue();
        assertThat(certificates.verify(certificate.code().toLowerCase())).get()
                .extracting(Certificate::status).isEqualTo(CertificateStatus.VALID);
        byte[] pdf = testUsers.as(learner, () -> certificates.pdf(certificate.code(), java.util.Locale.FRENCH));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        UserAccount stranger = testUsers.create("Sam Stranger", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(stranger, () -> certificates.pdf(certificate.code(), java.util.Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> certificates.revoke(certificate.code(), "no")))
                .isInstanceOf(AccessDeniedException.class);

        UserAccount admin = testUsers.create("Ada Admin", Role.ADMIN);
        testUsers.as(admin, () -> certificates.revoke(certificate.code(), "Issued by mistake"));
        assertThat(certificates.verify(certificate.code())).get().extracting(Certificate::status)
                .isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificates.verify("NOPE-NOPE-NOPE")).isEmpty();
        assertThat(certificates.verify("' OR 1=1 --")).isEmpty();
    }

    @Test
    void aCertificatePastItsValidityShowsAsExpired() {
        Instant issued = Instant.parse("2020-01-01T00:00:00Z");
        CertificateEntity old = new CertificateEntity("AAAA-BBBB-CCCC", 1, 1, 1, slug, "Old Holder",
                LocalizedText.of("en", "Old course"), null, issued, issued.plus(365, ChronoUnit.DAYS));
        assertThat(CertificateService.toRecord(old, issued.plus(364, ChronoUnit.DAYS)).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateService.toRecord(old, issued.plus(366, ChronoUnit.DAYS)).status()).isEqualTo(CertificateStatus.EXPIRED);
        old.revoke("fraud", issued.plus(10, ChronoUnit.DAYS));
        assertThat(CertificateService.toRecord(old, issued.plus(20, ChronoUnit.DAYS)).status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void aReloadResumesTheSameAttemptWithItsAnswersAndADoubleSubmitRecordsOneAttempt() {
        EnrolmentSummary enrolment = testUsers.as(learner, () -> learning.enrol(slug));
        CourseOutline course = testUsers.as(learner, () -> catalog.outline(enrolment.courseVersionId()));
        long moduleId = course.modules().getFirst().id();
        QuizSession first = testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), moduleId));
        testUsers.as(learner, () -> learning.saveAnswer(first.attemptId(), "q1", List.of("b")));
        QuizSession reloaded = testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), moduleId));
        assertThat(reloaded.attemptId()).isEqualTo(first.attemptId());
        assertThat(reloaded.answers()).containsEntry("q1", List.of("b"));
        assertThat(reloaded.questions()).extracting(v -> v.question().id()).isEqualTo(first.questions().stream().map(v -> v.question().id()).toList());

        AttemptSummary once = testUsers.as(learner, () -> learning.submitQuiz(first.attemptId(), Map.of()));
        AttemptSummary twice = testUsers.as(learner, () -> learning.submitQuiz(first.attemptId(), Map.of("q1", List.of("a"))));
        assertThat(twice.id()).isEqualTo(once.id());
        assertThat(twice.score()).isEqualTo(once.score());
        assertThat(testUsers.as(learner, () -> learning.attempts(enrolment.id(), moduleId))).hasSize(1);
        assertThat(testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), moduleId)).attemptId())
                .isNotEqualTo(first.attemptId());
    }

    @Test
    void aNewVersionKeepsEveryLearnersProgressAndLetsThemFinishTheVersionTheyStarted() {
        EnrolmentSummary started = testUsers.as(learner, () -> learning.enrol(slug));
        CourseOutline v1 = testUsers.as(learner, () -> catalog.outline(started.courseVersionId()));
        long firstLesson = v1.allLessons().getFirst().id();
        testUsers.as(learner, () -> learning.completeLesson(started.id(), firstLesson));

        Map<String, String> v2 = ContentFixtures.smallCourse(slug, 2);
        v2.replaceAll((path, text) -> text.replace("A short course for tests.", "A revised course for tests."));
        ContentImporter.ImportReport report = importFiles(v2);
        assertThat(report.courses()).singleElement().extracting(ContentImporter.CourseResult::change)
                .isEqualTo(ContentImporter.Change.NEW_VERSION);

        EnrolmentSummary again = testUsers.as(learner, () -> learning.enrol(slug));
        assertThat(again.id()).isEqualTo(started.id());
        assertThat(again.courseRevision()).isEqualTo(1);
        assertThat(testUsers.as(learner, () -> learning.progress(started.id())).completedLessons()).containsExactly(firstLesson);

        UserAccount newcomer = testUsers.create("Neil New", Role.LEARNER);
        EnrolmentSummary fresh = testUsers.as(newcomer, () -> learning.enrol(slug));
        assertThat(fresh.courseRevision()).isEqualTo(2);
        assertThat(testUsers.as(newcomer, () -> catalog.currentOutline(slug)).orElseThrow().summary().get("en"))
                .isEqualTo("A revised course for tests.");

        for (var lesson : v1.allLessons()) {
            testUsers.as(learner, () -> learning.completeLesson(started.id(), lesson.id()));
        }
        passQuiz(started, v1);
        assertThat(testUsers.as(learner, () -> learning.certificateFor(started.id()))).isPresent();
    }

    @Test
    void changingAVersionThatLearnersStartedIsRefusedAndChangesNothing() {
        testUsers.as(learner, () -> learning.enrol(slug));
        Map<String, String> changed = ContentFixtures.smallCourse(slug, 1);
        changed.replaceAll((path, text) -> text.replace("A short course for tests.", "Quietly changed."));
        assertThatThrownBy(() -> importFiles(changed)).isInstanceOfSatisfying(ContentImportException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.reason()).contains("raise 'version'");
                    assertThat(p.file()).isEqualTo("courses/" + slug + "/course.yaml");
                }));
        assertThat(testUsers.as(learner, () -> catalog.currentOutline(slug)).orElseThrow().summary().get("en"))
                .isEqualTo("A short course for tests.");
    }

    @Test
    void aRefusedImportLeavesTheDatabaseExactlyAsItWas() {
        Map<String, Long> before = counts();
        Map<String, String> files = new HashMap<>(ContentFixtures.smallCourse(slug + "-new", 1));
        files.putAll(ContentFixtures.smallCourse(slug + "-broken", 1));
        files.put("courses/" + slug + "-broken/01-basics/quiz.yaml", "questions:\n  - id: q1\n    type: single\n");
        assertThatThrownBy(() -> importFiles(files)).isInstanceOf(ContentImportException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void exportThenImportGivesTheSameCourse() {
        CourseDefinition original = SystemAuthentication.runAsSystem(() -> exporter.definition(slug));
        ContentFiles exported = SystemAuthentication.runAsSystem(() -> exporter.export(slug));
        assertThat(exported.files()).containsKeys("courses/" + slug + "/course.yaml", "courses/" + slug + "/01-basics/quiz.yaml",
                "courses/" + slug + "/01-basics/first.fr.md");
        assertThat(ContentReader.read(exported)).containsExactly(original);
        ContentImporter.ImportReport again = SystemAuthentication.runAsSystem(
                () -> importer.importContent(exported, "round trip", ContentImporter.Progress.NONE));
        assertThat(again.courses()).singleElement().extracting(ContentImporter.CourseResult::change)
                .isEqualTo(ContentImporter.Change.UNCHANGED);
        assertThat(SystemAuthentication.runAsSystem(() -> exporter.definition(slug))).isEqualTo(original);
    }

    @Test
    void aLearnerCannotReadOrChangeAnotherLearnersEnrolment() {
        EnrolmentSummary mine = testUsers.as(learner, () -> learning.enrol(slug));
        UserAccount other = testUsers.create("Olga Other", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(other, () -> learning.progress(mine.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(other, () -> learning.completeLesson(mine.id(), 1L))).isInstanceOf(AccessDeniedException.class);
        assertThat(testUsers.as(other, () -> learning.myEnrolments())).isEmpty();
    }

    private AttemptSummary passQuiz(EnrolmentSummary enrolment, CourseOutline course) {
        long moduleId = course.modules().getFirst().id();
        QuizSession session = testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), moduleId));
        return testUsers.as(learner, () -> learning.submitQuiz(session.attemptId(),
                Map.of("q1", List.of("a"), "q2", List.of("true"), "q3", List.of("a", "b"))));
    }

    private ContentImporter.ImportReport importFiles(Map<String, String> files) {
        return SystemAuthentication.runAsSystem(() -> importer.importContent(new ContentFiles(files), "test",
                ContentImporter.Progress.NONE));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("course", "course_version", "course_module", "lesson", "lesson_text", "quiz_question", "content_import")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
