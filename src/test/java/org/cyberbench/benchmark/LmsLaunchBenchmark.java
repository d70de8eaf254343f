package org.cyberbench.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestCourses;
import org.cyberbench.TestUsers;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.LearningService;
import org.cyberbench.lti.FakeMoodle;
import org.cyberbench.lti.LaunchSpec;
import org.cyberbench.lti.LtiPlatforms;
import org.cyberbench.lti.internal.GradeSender;
import org.cyberbench.lti.ToolBrowserAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * LTI figures against the simulated Moodle, printed, never asserted (not in the default test run):
 * <pre>./mvnw -Pbenchmark verify -Dtest=LmsLaunchBenchmark</pre>
 * the time of a whole launch (login initiation, Moodle's auth.php, id_token post) for a person's first
 * launch (account created) and later ones, and the time and token requests to deliver a batch of scores.
 */
@IntegrationTest
class LmsLaunchBenchmark {

    @BeforeAll
    static void productionLikeJvm() {
        BenchmarkJvm.requireProductionLike();
    }

    private static final int LAUNCHES = Integer.getInteger("benchmark.launches", 60);

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TestCourses courses;
    @Autowired
    LtiPlatforms platforms;
    @Autowired
    UserService users;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    GradeSender sender;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printFigures() throws Exception {
        String slug = "lms-benchmark-course";
        courses.importSmallCourse(slug);
        try (FakeMoodle moodle = new FakeMoodle("http://localhost:" + port)) {
            UserAccount admin = testUsers.create("Benchmark Admin", Role.ADMIN);
            testUsers.as(admin, () -> platforms.addManually(moodle.platformForm("Benchmark Moodle")));
            for (int i = 0; i < 5; i++) {
                ToolBrowserAccess.launch(moodle, LaunchSpec.learner("warm-" + i).course(slug));
            }
            List<Double> first = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            for (int i = 0; i < LAUNCHES; i++) {
                first.add(ToolBrowserAccess.launch(moodle, LaunchSpec.learner("b-" + i).course(slug)));
            }
            for (int i = 0; i < LAUNCHES; i++) {
                again.add(ToolBrowserAccess.launch(moodle, LaunchSpec.learner("b-" + i).course(slug)));
            }
            System.out.printf("LTI launch, first (account created): p50 %.1f ms, p95 %.1f ms over %d%n", p(first, 50), p(first, 95), LAUNCHES);
            System.out.printf("LTI launch, again (account linked):  p50 %.1f ms, p95 %.1f ms over %d%n", p(again, 50), p(again, 95), LAUNCHES);

            int learners = Math.min(LAUNCHES, 40);
            long queueStart = System.nanoTime();
            for (int i = 0; i < learners; i++) {
                long id = jdbc.queryForObject("select user_id from lti_account_link where issuer = ? and subject = ?", Long.class,
                        moodle.url(""), "b-" + i);
                UserAccount learner = SystemAuthentication.runAsSystem(() -> users.get(id));
                var enrolment = testUsers.as(learner, () -> learning.enrol(slug));
                long module = testUsers.as(learner, () -> catalog.outline(enrolment.courseVersionId()).modules().getFirst().id());
                var quiz = testUsers.as(learner, () -> learning.startOrResumeQuiz(enrolment.id(), module));
                testUsers.as(learner, () -> learning.submitQuiz(quiz.attemptId(), Map.of("q1", List.of("a"), "q2", List.of("true"))));
            }
            double queueMs = (System.nanoTime() - queueStart) / 1e6;
            int tokensBefore = moodle.tokenRequestCount();
            long sendStart = System.nanoTime();
            int sent = 0;
            while (moodle.scoresReceived() < learners && sent >= 0) {
                sent += sender.deliverDue();
                if (System.nanoTime() - sendStart > 60_000_000_000L) {
                    break;
                }
            }
            double sendMs = (System.nanoTime() - sendStart) / 1e6;
            System.out.printf("%d quiz submissions (scores queued with them): %.0f ms; delivering %d scores: %.0f ms (%.1f ms a score), "
                    + "%d token request(s)%n", learners, queueMs, moodle.scoresReceived(), sendMs, sendMs / Math.max(1, moodle.scoresReceived()),
                    moodle.tokenRequestCount() - tokensBefore);
        }
    }

    private static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
