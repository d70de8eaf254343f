package org.cyberbench.lti.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.learning.CertificateIssued;
import org.cyberbench.learning.LearningActivity;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.Progress;
import org.cyberbench.scenario.DecisionRecorded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues scores for the gradebooks of the LMS courses a person came from. It listens to what the
 * learning and scenario modules publish and writes to the outbox just before their transaction
 * commits, so a score is queued if and only if the learning record it reports is saved. Each event
 * is queued once per resource link (a unique source key).
 *
 * <ul>
 * <li>a quiz submitted: the course score, the mean of the best score of every quiz of the course
 * (0–100; quizzes not taken count 0), "InProgress" (or "Submitted" when every step is done but the
 * course still waits for attendance), "FullyGraded";
 * <li>a certificate issued: the same score, "Completed", "FullyGraded";
 * <li>a scenario decision: the points of the person's decisions in that run so far out of the
 * recommended options' points, "InProgress", "FullyGraded".
 * </ul>
 */
@Component
class GradeOutbox {

    private final ResourceLinkRepository links;
    private final LinkUserRepository linkUsers;
    private final GradeRepository grades;
    private final LearningService learning;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    GradeOutbox(ResourceLinkRepository links, LinkUserRepository linkUsers, GradeRepository grades, LearningService learning,
            CourseCatalog catalog, CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.linkUsers = linkUsers;
        this.grades = grades;
        this.learning = learning;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void quizSubmitted(LearningActivity.QuizSubmitted quiz) {
        List<ResourceLinkEntity> graded = links.gradedLinksOf(quiz.userId(), ResourceLinkEntity.Kind.COURSE, quiz.courseSlug());
        if (graded.isEmpty()) {
            return;
        }
        Optional<Progress> progress = progressOf(quiz.userId(), quiz.enrolmentId());
        BigDecimal score = progress.map(this::courseScore).orElse(BigDecimal.valueOf(quiz.score()));
        String activity = progress.filter(Progress::completed).isPresent() ? "Submitted" : "InProgress";
        String comment = "Quiz " + (quiz.passed() ? "passed" : "not passed") + ": " + quiz.score() + "/100";
        for (ResourceLinkEntity link : graded) {
            enqueue("quiz:" + quiz.attemptId(), link, quiz.userId(), new GradeEntity.Score(score, BigDecimal.valueOf(100), activity,
                    "FullyGraded", comment));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void certificateIssued(CertificateIssued certificate) {
        for (ResourceLinkEntity link : links.gradedLinksOf(certificate.userId(), ResourceLinkEntity.Kind.COURSE, certificate.courseSlug())) {
            BigDecimal score = currentScore(certificate.userId(), certificate.courseSlug())
                    .or(() -> linkUsers.findByResourceLinkIdAndUserId(link.getId(), certificate.userId()).map(LinkUserEntity::getReportedScore))
                    .orElse(null);
            enqueue("certificate:" + certificate.code(), link, certificate.userId(), new GradeEntity.Score(score,
                    score == null ? null : BigDecimal.valueOf(100), "Completed", "FullyGraded", "Course completed"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void decisionRecorded(DecisionRecorded decision) {
        if (decision.userId() == null) {
            return;
        }
        for (ResourceLinkEntity link : links.gradedLinksOf(decision.userId(), ResourceLinkEntity.Kind.SCENARIO, decision.scenarioSlug())) {
            linkUsers.findByResourceLinkIdAndUserId(link.getId(), decision.userId()).ifPresent(user -> {
                user.addRunPoints(decision.runId(), decision.score(), decision.maximum());
                if (user.getRunMaximum() > 0) {
                    enqueue("decision:" + decision.runId() + ":" + decision.participantId() + ":" + decision.decisionId(), link,
                            decision.userId(), new GradeEntity.Score(BigDecimal.valueOf(Math.max(0, user.getRunPoints())),
                                    BigDecimal.valueOf(user.getRunMaximum()), "InProgress", "FullyGraded", "Scenario decision recorded"));
                }
            });
        }
    }

    private void enqueue(String source, ResourceLinkEntity link, long userId, GradeEntity.Score score) {
        String key = source + "@" + link.getId();
        if (grades.existsBySourceKey(key)) {
            return;
        }
        linkUsers.findByResourceLinkIdAndUserId(link.getId(), userId).ifPresent(user -> {
            Instant now = clock.instant();
            Instant at = user.nextScoreTime(now);
            user.reported(score.given(), at);
            grades.save(new GradeEntity(key, user, score, at, now));
        });
    }

    /** The learner's progress, read as the learner (the listener runs in their request); empty otherwise. */
    private Optional<Progress> progressOf(long userId, long enrolmentId) {
        return currentUser.id().filter(me -> me == userId).map(me -> learning.progress(enrolmentId));
    }

    private Optional<BigDecimal> currentScore(long userId, String courseSlug) {
        if (currentUser.id().filter(me -> me == userId).isEmpty()) {
            return Optional.empty();
        }
        return learning.myEnrolment(courseSlug).map(e -> courseScore(learning.progress(e.id())));
    }

    /** The mean of the best score of each of the course's quizzes, 0–100. */
    BigDecimal courseScore(Progress progress) {
        CourseOutline course = catalog.outline(progress.courseVersionId());
        List<Long> quizzes = course.modules().stream().filter(CourseOutline.ModuleOutline::hasQuiz).map(CourseOutline.ModuleOutline::id).toList();
        if (quizzes.isEmpty()) {
            return BigDecimal.valueOf(progress.percentDone());
        }
        int total = quizzes.stream().mapToInt(id -> progress.bestQuizScores().getOrDefault(id, 0)).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(quizzes.size()), 2, RoundingMode.HALF_UP);
    }
}
