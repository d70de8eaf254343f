package org.cyberbench.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.QuizSession;
import org.cyberbench.lti.internal.GradeSender;
import org.cyberbench.scenario.DecisionRecorded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores to the LMS gradebook: a learner who came through a Moodle activity submits a quiz or completes
 * the course (through the real learning service, as themselves); the score is queued with the learning
 * record and the sender posts it to Moodle's line item, retrying while Moodle is down.
 */
class LtiGradesTest extends LtiTestBase {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    LearningService learning;
    @Autowired
    UserService users;
    @Autowired
    GradeSender sender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    String slug;

    @BeforeAll
    void importACourse() {
        slug = "lti-graded-course";
        courses.importSmallCourse(slug);
    }

    @Test
    void aSubmittedQuizPostsTheCourseScoreToTheActivitysLineItem() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).course(slug);
        spec.resourceLinkId = "rl-quiz-" + spec.subject;
        UserAccount learner = launched(spec);
        int tokensBefore = moodle.tokenRequests.get();

        submitQuiz(learner, Map.of("q1", List.of("a"), "q2", List.of("false"), "q3", List.of("a", "b")));
        sender.deliverDue();

        await().atMost(DELIVERY).until(() -> moodle.services.scoresFor(spec.subject).size() == 1);
        FakeMoodleServices.ReceivedScore score = moodle.services.scoresFor(spec.subject).getFirst();
        assertThat(score.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(score.lineItem()).isEqualTo(lineItemOf(spec.resourceLinkId));
        assertThat(score.body()).containsEntry("userId", spec.subject).containsEntry("scoreMaximum", 100)
                .containsEntry("activityProgress", "InProgress").containsEntry("gradingProgress", "FullyGraded");
        assertThat(((Number) score.body().get("scoreGiven")).doubleValue()).isBetween(1.0, 99.0);
        assertThat(Instant.parse((String) score.body().get("timestamp"))).isBefore(Instant.now().plusSeconds(2));
        assertThat(moodle.tokenRequests.get() - tokensBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void completingTheCourseReportsTheLastQuizAndThenCompletionASecondLater() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).course(slug);
        spec.resourceLinkId = "rl-complete-" + spec.subject;
        UserAccount learner = launched(spec);

        courses.doEveryStep(learner, slug);
        sender.deliverDue();

        await().atMost(DELIVERY).until(() -> moodle.services.scoresFor(spec.subject).size() == 2);
        List<FakeMoodleServices.ReceivedScore> scores = moodle.services.scoresFor(spec.subject);
        assertThat(scores).extracting(s -> s.body().get("activityProgress")).containsExactlyInAnyOrder("Submitted", "Completed");
        assertThat(scores).allSatisfy(s -> assertThat(s.body()).containsEntry("scoreGiven", 100).containsEntry("gradingProgress", "FullyGraded"));
        Instant quiz = timestampOf(scores, "Submitted");
        Instant completed = timestampOf(scores, "Completed");
        assertThat(completed.getEpochSecond()).as("Moodle keeps only a newer second").isGreaterThan(quiz.getEpochSecond());
        assertThat(jdbc.queryForObject("select count(*) from lti_grade_outbox g join lti_resource_link l on l.id = g.resource_link_id "
                + "where l.resource_link_id = ? and g.status = 'SENT'", Integer.class, spec.resourceLinkId)).isEqualTo(2);
    }

    @Test
    void whileMoodleIsDownTheScoreWaitsInTheOutboxAndIsSentOnALaterAttempt() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).course(slug);
        spec.resourceLinkId = "rl-retry-" + spec.subject;
        UserAccount learner = launched(spec);
        moodle.services.failScores.set(1);

        submitQuiz(learner, Map.of("q1", List.of("a"), "q2", List.of("true"), "q3", List.of("a", "b")));
        sender.deliverDue();
        await().atMost(DELIVERY).until(() -> outbox(spec).get("attempts").equals(1));
        Map<String, Object> waiting = outbox(spec);
        assertThat(waiting).containsEntry("status", "PENDING");
        assertThat((String) waiting.get("last_error")).contains("503");
        assertThat(((java.sql.Timestamp) waiting.get("next_attempt_at")).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC))
                .as("the first retry waits 30 s").isAfter(Instant.now().plusSeconds(20));
        assertThat(moodle.services.scoresFor(spec.subject)).isEmpty();
        assertThat(sender.deliverDue()).as("not due yet").isZero();

        jdbc.update("update lti_grade_outbox set next_attempt_at = utc_timestamp(6) - interval 1 second where id = ?", waiting.get("id"));
        sender.deliverDue();
        await().atMost(DELIVERY).until(() -> moodle.services.scoresFor(spec.subject).size() == 1);
        assertThat(outbox(spec)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(moodle.services.scoresFor(spec.subject).getFirst().body()).containsEntry("scoreGiven", 100);
    }

    @Test
    void withOnlyTheLineItemsContainerTheToolCreatesTheLineItemOnceAndPostsToIt() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).course(slug);
        spec.resourceLinkId = "rl-container-" + spec.subject;
        spec.resourceLinkTitle = "Cyber course (graded)";
        spec.ags = "lineitems";
        UserAccount learner = launched(spec);

        submitQuiz(learner, Map.of("q1", List.of("a"), "q2", List.of("true"), "q3", List.of("a", "b")));
        sender.deliverDue();
        await().atMost(DELIVERY).until(() -> moodle.services.scoresFor(spec.subject).size() == 1);

        List<FakeMoodleServices.LineItem> created = moodle.services.lineItems.values().stream()
                .filter(i -> spec.resourceLinkId.equals(i.resourceLinkId())).toList();
        assertThat(created).singleElement().satisfies(i -> {
            assertThat(i.label()).isEqualTo("Cyber course (graded)");
            assertThat(i.resourceId()).isEqualTo("course:" + slug);
        });
        assertThat(moodle.services.scoresFor(spec.subject).getFirst().lineItem()).isEqualTo(created.getFirst().number());
        assertThat(jdbc.queryForObject("select lineitem_url from lti_resource_link where resource_link_id = ?", String.class,
                spec.resourceLinkId)).isEqualTo(created.getFirst().url());
    }

    @Test
    void scenarioDecisionsReportTheRunsPointsSoFar() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject());
        spec.custom.put("scenario", "lti-scenario");
        spec.resourceLinkId = "rl-scenario-" + spec.subject;
        UserAccount learner = launched(spec);

        for (String decision : List.of("d1", "d2")) {
            transactions.executeWithoutResult(tx -> events.publishEvent(new DecisionRecorded(77, "lti-scenario", 5, learner.id(), "judge",
                    decision, "a", decision.equals("d1"), decision.equals("d1") ? 3 : 1, 3, Instant.now())));
        }
        sender.deliverDue();

        await().atMost(DELIVERY).until(() -> moodle.services.scoresFor(spec.subject).size() == 2);
        assertThat(moodle.services.scoresFor(spec.subject)).extracting(s -> s.body().get("scoreGiven") + "/" + s.body().get("scoreMaximum"))
                .containsExactlyInAnyOrder("3/3", "4/6");
    }

    @Test
    void someoneWhoDidNotComeThroughTheLmsQueuesNothing() {
        UserAccount direct = testUsers.create("Direct Learner", org.cyberbench.identity.Role.LEARNER);
        int before = jdbc.queryForObject("select count(*) from lti_grade_outbox", Integer.class);
        submitQuiz(direct, Map.of("q1", List.of("a"), "q2", List.of("true"), "q3", List.of("a", "b")));
        assertThat(jdbc.queryForObject("select count(*) from lti_grade_outbox", Integer.class)).isEqualTo(before);
    }

    private UserAccount launched(LaunchSpec spec) throws Exception {
        assertThat(launch(spec).launched().status()).isEqualTo(303);
        long id = linkedUser(spec.subject).getFirst();
        return SystemAuthentication.runAsSystem(() -> users.get(id));
    }

    private void submitQuiz(UserAccount learner, Map<String, List<String>> answers) {
        EnrolmentSummary enrolment = testUsers.as(learner, () -> learning.enrol(slug));
        long module = testUsers.as(learner, () -> firstModule(enrolment));
        QuizSession quiz = testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), module));
        testUsers.as(learner, () -> learning.submitQuiz(quiz.attemptId(), answers));
    }

    @Autowired
    org.cyberbench.course.CourseCatalog catalog;

    private long firstModule(EnrolmentSummary enrolment) {
        return catalog.outline(enrolment.courseVersionId()).modules().getFirst().id();
    }

    private int lineItemOf(String resourceLinkId) {
        return moodle.services.lineItems.values().stream().filter(i -> resourceLinkId.equals(i.resourceLinkId())).findFirst().orElseThrow()
                .number();
    }

    private Map<String, Object> outbox(LaunchSpec spec) {
        return jdbc.queryForMap("select g.* from lti_grade_outbox g join lti_resource_link l on l.id = g.resource_link_id "
                + "where l.resource_link_id = ?", spec.resourceLinkId);
    }

    private static Instant timestampOf(List<FakeMoodleServices.ReceivedScore> scores, String progress) {
        return scores.stream().filter(s -> progress.equals(s.body().get("activityProgress"))).map(s -> Instant.parse((String) s.body().get("timestamp")))
                .findFirst().orElseThrow();
    }
}
