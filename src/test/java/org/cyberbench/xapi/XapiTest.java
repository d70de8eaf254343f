package org.cyberbench.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestCourses;
import org.cyberbench.TestUsers;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.scenario.DecisionRecorded;
import org.cyberbench.scenario.ScenarioDefinition;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.xapi.internal.XapiSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Learning becomes xAPI statements in the outbox with the learning record, and they reach the LRS:
 * not lost while it is down, sent once it is back, never sent twice, refused ones set aside.
 */
@IntegrationTest
class XapiTest {

    private static final AtomicInteger courses = new AtomicInteger();
    private static final int LRS_PORT = 3927;

    @Autowired
    TestCourses testCourses;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningService learning;
    @Autowired
    XapiOutbox outbox;
    @Autowired
    XapiSender sender;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScenarioLibrary scenarios;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    String slug;
    UserAccount learner;
    UserAccount admin;

    @BeforeEach
    void aCourseALearnerAndAnEmptyOutbox() {
        slug = "xapi-course-" + courses.incrementAndGet();
        testCourses.importSmallCourse(slug);
        learner = testUsers.create("Xavier Learner", Role.LEARNER);
        admin = testUsers.create("Xena Admin", Role.ADMIN);
        // statements other tests recorded while no LRS was listening are not this test's concern
        jdbc.update("delete from xapi_statement");
    }

    @Test
    void aLearnersCourseBecomesStatementsThatWaitWhileTheLrsIsDownAndArriveOnceItIsBack() {
        learnAndPassTheQuiz();
        long recorded = count("sent_at is null");
        assertThat(recorded).as("launched, experienced, completed twice (2 lessons), answered thrice, passed, completed the course").isEqualTo(9);

        // No LRS listening: a round tries, fails, and keeps everything for later.
        assertThat(sender.sendDue()).isZero();
        assertThat(count("sent_at is null and failed_at is null")).isEqualTo(recorded);
        assertThat(jdbc.queryForObject("select max(attempts) from xapi_statement", Integer.class)).isEqualTo(1);
        assertThat(testUsers.as(admin, () -> outbox.status()).lastError()).startsWith("the LRS could not be reached");
        assertThat(sender.sendDue()).as("nothing is due before its next try").isZero();

        try (LrsStub lrs = new LrsStub(LRS_PORT)) {
            lrs.unavailable.set(1);
            assertThat(testUsers.as(admin, () -> outbox.sendNow())).as("503 for the first: the round stops").isZero();
            assertThat(testUsers.as(admin, () -> outbox.sendNow())).isEqualTo(9);
            assertThat(lrs.received).hasSize(9).allSatisfy(r -> {
                assertThat(r.version()).isEqualTo("1.0.3");
                assertThat(r.authorization()).isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString("cyberbench-test:lrs-secret".getBytes(StandardCharsets.UTF_8)));
                assertThat(r.statement().get("id")).isEqualTo(r.statementId());
                assertThat(actor(r.statement())).isEqualTo(Map.of("homePage", "http://localhost:8080", "name", String.valueOf(learner.id())));
            });
            assertThat(lrs.statements("launched")).singleElement().satisfies(s ->
                    assertThat(object(s).get("id")).isEqualTo("http://localhost:8080/courses/" + slug));
            assertThat(lrs.statements("answered")).hasSize(3);
            Map<String, Object> passed = lrs.statements("passed").getFirst();
            assertThat(result(passed)).containsEntry("success", true).containsEntry("completion", true);
            assertThat(result(passed).get("score")).isEqualTo(Map.of("scaled", 1.0, "raw", 100, "min", 0, "max", 100));
            assertThat(lrs.statements("completed")).extracting(s -> (Object) object(s).get("id"))
                    .contains("http://localhost:8080/courses/" + slug, "http://localhost:8080/courses/" + slug + "/basics/first");

            assertThat(testUsers.as(admin, () -> outbox.sendNow())).as("sent once, never again").isZero();
            assertThat(lrs.received).hasSize(9);
            assertThat(testUsers.as(admin, () -> outbox.status())).satisfies(s -> {
                assertThat(s.queued()).isZero();
                assertThat(s.sent()).isEqualTo(9);
            });
        }
    }

    @Test
    void aStatementTheLrsRefusesIsSetAsideAndTheOthersStillGo() {
        EnrolmentSummary enrolment = testUsers.as(learner, () -> learning.enrol(slug));
        String launched = jdbc.queryForObject("select statement_id from xapi_statement", String.class);
        CourseOutline course = testUsers.as(learner, () -> catalog.outline(enrolment.courseVersionId()));
        testUsers.as(learner, () -> learning.completeLesson(enrolment.id(), course.allLessons().getFirst().id()));
        testUsers.as(learner, () -> learning.completeLesson(enrolment.id(), course.allLessons().getFirst().id()));
        assertThat(count("true")).as("completing a lesson twice records it once").isEqualTo(2);
        try (LrsStub lrs = new LrsStub(LRS_PORT)) {
            lrs.refuse.put(launched, 400);
            assertThat(testUsers.as(admin, () -> outbox.sendNow())).isEqualTo(1);
            assertThat(testUsers.as(admin, () -> outbox.status())).satisfies(s -> {
                assertThat(s.refused()).isEqualTo(1);
                assertThat(s.queued()).isZero();
                assertThat(s.lastError()).isEqualTo("HTTP 400");
            });
            assertThat(testUsers.as(admin, () -> outbox.sendNow())).as("a refused statement is not sent again").isZero();
        }
    }

    @Test
    void aSignedInParticipantsScenarioDecisionIsAnsweredAndAGuestsIsNotSent() {
        ScenarioDefinition scenario = SystemAuthentication.runAsSystem(() -> scenarios.current()).getFirst().definition();
        ScenarioDefinition.Decision decision = scenario.phases().stream().flatMap(p -> p.decisions().stream()).findFirst().orElseThrow();
        ScenarioDefinition.Option chosen = decision.options().getFirst();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new DecisionRecorded(41, scenario.slug(), 7, learner.id(), decision.role(), decision.id(), chosen.id(),
                    chosen.recommended(), chosen.score(), decision.recommended().score(), java.time.Instant.parse("2026-12-03T09:00:00Z")));
            events.publishEvent(new DecisionRecorded(41, scenario.slug(), 8, null, decision.role(), decision.id(), chosen.id(),
                    chosen.recommended(), chosen.score(), decision.recommended().score(), java.time.Instant.parse("2026-12-03T09:00:00Z")));
        });
        assertThat(count("true")).as("the guest's decision is not recorded").isEqualTo(1);
        String body = jdbc.queryForObject("select body from xapi_statement", String.class);
        assertThat(body).contains("\"http://adlnet.gov/expapi/verbs/answered\"")
                .contains("\"http://localhost:8080/scenarios/" + scenario.slug() + "/decisions/" + decision.id() + "\"")
                .contains("\"response\":\"" + chosen.id() + "\"")
                .contains("\"success\":" + chosen.recommended())
                .contains("\"name\":\"" + learner.id() + "\"");
    }

    @Test
    void onlyAnAdministratorSeesTheOutbox() {
        assertThatThrownBy(() -> testUsers.as(learner, () -> outbox.status())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> outbox.sendNow())).isInstanceOf(AccessDeniedException.class);
    }

    /** Opens the first lesson, then does every step (and submits the quiz a second time, as a double click would). */
    private void learnAndPassTheQuiz() {
        EnrolmentSummary enrolment = testUsers.as(learner, () -> learning.enrol(slug));
        CourseOutline course = testUsers.as(learner, () -> catalog.outline(enrolment.courseVersionId()));
        testUsers.as(learner, () -> learning.visitLesson(enrolment.id(), course.allLessons().getFirst().id()));
        testCourses.doEveryStep(learner, slug);
        long attempt = jdbc.queryForObject("select max(id) from quiz_attempt where enrolment_id = ?", Long.class, enrolment.id());
        testUsers.as(learner, () -> learning.submitQuiz(attempt, Map.of()));
    }

    private long count(String where) {
        return jdbc.queryForObject("select count(*) from xapi_statement where " + where, Long.class);
    }

    private static Map<?, ?> actor(Map<String, Object> statement) {
        return (Map<?, ?>) ((Map<?, ?>) statement.get("actor")).get("account");
    }

    private static Map<?, ?> object(Map<String, Object> statement) {
        return (Map<?, ?>) statement.get("object");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> statement) {
        return (Map<String, Object>) statement.get("result");
    }
}
