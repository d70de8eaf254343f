package org.cyberbench.learning;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.QuizContent;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.learning.internal.CertificateRepository;
import org.cyberbench.learning.internal.EnrolmentEntity;
import org.cyberbench.learning.internal.EnrolmentRepository;
import org.cyberbench.learning.internal.LessonProgressEntity;
import org.cyberbench.learning.internal.LessonProgressRepository;
import org.cyberbench.learning.internal.QuizAttemptEntity;
import org.cyberbench.learning.internal.QuizAttemptRepository;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.json.Json;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * A learner's own journey: enrolment, progress on every step, quiz attempts and, on completion,
 * the certificate. Every method works on the caller's own records only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LearningService {

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository lessonProgress;
    private final QuizAttemptRepository attempts;
    private final CertificateRepository certificates;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final CourseCompletion completion;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningService(EnrolmentRepository enrolments, LessonProgressRepository lessonProgress, QuizAttemptRepository attempts,
            CertificateRepository certificates, CourseCatalog catalog, CurrentUser currentUser, CourseCompletion completion,
            ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.lessonProgress = lessonProgress;
        this.attempts = attempts;
        this.certificates = certificates;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.completion = completion;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enrols the caller in the current version of a course, or returns the enrolment they already
     * have in a version they have not finished (so they can finish the version they started).
     */
    @Transactional
    public EnrolmentSummary enrol(String courseSlug) {
        long me = currentUser.requireId();
        Optional<EnrolmentEntity> unfinished = enrolments.findByUserAndCourseNewestFirst(me, courseSlug).stream()
                .filter(e -> e.getCompletedAt() == null).findFirst();
        if (unfinished.isPresent()) {
            return summary(unfinished.get());
        }
        CourseOutline course = catalog.currentOutline(courseSlug)
                .orElseThrow(() -> new UserFacingException("course.error.notFound"));
        Optional<EnrolmentEntity> existing = enrolments.findByUserIdAndCourseVersionId(me, course.versionId());
        EnrolmentEntity enrolment = existing.orElseGet(() -> enrolments.saveAndFlush(new EnrolmentEntity(me, course.versionId(), courseSlug, clock.instant())));
        if (existing.isEmpty()) {
            events.publishEvent(new LearningActivity.CourseStarted(me, enrolment.getId(), courseSlug, course.versionId(),
                    clock.instant()));
        }
        return summary(enrolment);
    }

    /** The caller's enrolments, most recently active first. */
    public List<EnrolmentSummary> myEnrolments() {
        return enrolments.findByUserRecentFirst(currentUser.requireId()).stream().map(this::summary).toList();
    }

    /** The caller's latest enrolment in a course, if any. */
    public Optional<EnrolmentSummary> myEnrolment(String courseSlug) {
        return enrolments.findByUserAndCourseNewestFirst(currentUser.requireId(), courseSlug).stream().findFirst()
                .map(this::summary);
    }

    public EnrolmentSummary enrolment(long enrolmentId) {
        return summary(own(enrolmentId));
    }

    public Progress progress(long enrolmentId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        return completion.progress(enrolment, catalog.outline(enrolment.getCourseVersionId()));
    }

    /** Remembers where the learner is, for "continue where I left off". */
    @Transactional
    public void visitLesson(long enrolmentId, long lessonId) {
        visit(own(enrolmentId), lessonId);
    }

    /**
     * Opens a lesson: remembers it as the place to continue from and returns the enrolment with its
     * progress, in one transaction (a lesson page needs all three, and is the page learners open most).
     */
    @Transactional
    public OpenedLesson openLesson(long enrolmentId, long lessonId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        CourseOutline course = visit(enrolment, lessonId);
        Progress progress = completion.progress(enrolment, course);
        return new OpenedLesson(course, summary(enrolment, course, progress), progress);
    }

    private CourseOutline visit(EnrolmentEntity enrolment, long lessonId) {
        CourseOutline course = requireLesson(enrolment, lessonId);
        enrolment.visited(lessonId, clock.instant());
        events.publishEvent(new LearningActivity.LessonOpened(enrolment.getUserId(), enrolment.getId(), enrolment.getCourseSlug(),
                enrolment.getCourseVersionId(), lessonId, clock.instant()));
        return course;
    }

    /** Marks a lesson done; doing it twice changes nothing. May complete the course. */
    @Transactional
    public Progress completeLesson(long enrolmentId, long lessonId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        CourseOutline course = requireLesson(enrolment, lessonId);
        if (!lessonProgress.existsByEnrolmentIdAndLessonId(enrolmentId, lessonId)) {
            lessonProgress.saveAndFlush(new LessonProgressEntity(enrolmentId, lessonId, clock.instant()));
            events.publishEvent(new LearningActivity.LessonCompleted(enrolment.getUserId(), enrolmentId, enrolment.getCourseSlug(),
                    enrolment.getCourseVersionId(), lessonId, clock.instant()));
        }
        enrolment.visited(lessonId, clock.instant());
        return completion.completeIfDone(enrolment, course);
    }

    /** The open attempt at a module's quiz, or a new one with its own shuffled order. */
    @Transactional
    public QuizSession startOrResumeQuiz(long enrolmentId, long moduleId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        requireModule(enrolment, moduleId);
        QuizContent quiz = catalog.quiz(moduleId);
        QuizAttemptEntity attempt = attempts.findByEnrolmentIdAndOpenModuleId(enrolmentId, moduleId)
                .orElseGet(() -> attempts.saveAndFlush(new QuizAttemptEntity(enrolmentId, moduleId,
                        Json.write(QuizLayout.shuffled(quiz, new Random())), clock.instant())));
        return session(attempt, quiz);
    }

    /** Saves the learner's answer to one question of an open attempt, so that nothing is lost on reload. */
    @Transactional
    public void saveAnswer(long attemptId, String questionId, List<String> optionIds) {
        QuizAttemptEntity attempt = ownAttempt(attemptId);
        if (!attempt.isOpen()) {
            return;
        }
        Map<String, List<String>> answers = new LinkedHashMap<>(answers(attempt.getAnswers()));
        answers.put(questionId, List.copyOf(optionIds));
        attempt.setAnswers(Json.write(answers));
    }

    /**
     * Submits an attempt and scores it. Submitting an attempt that is already submitted (a double
     * click, a reload) returns its result and records nothing new.
     */
    @Transactional
    public AttemptSummary submitQuiz(long attemptId, Map<String, List<String>> finalAnswers) {
        QuizAttemptEntity attempt = ownAttempt(attemptId);
        QuizContent quiz = catalog.quiz(attempt.getModuleId());
        if (!attempt.isOpen()) {
            return attemptSummary(attempt, quiz);
        }
        Map<String, List<String>> answers = new LinkedHashMap<>(answers(attempt.getAnswers()));
        answers.putAll(finalAnswers);
        QuizScorer.QuizResult result = QuizScorer.score(quiz, answers);
        attempt.submit(Json.write(answers), result.score(), result.passed(), clock.instant());
        attempts.saveAndFlush(attempt);
        EnrolmentEntity enrolment = own(attempt.getEnrolmentId());
        events.publishEvent(new LearningActivity.QuizSubmitted(enrolment.getUserId(), enrolment.getId(), enrolment.getCourseSlug(),
                enrolment.getCourseVersionId(), attempt.getModuleId(), attempt.getId(), result.score(), quiz.passMark(), result.passed(),
                result.questions().stream().map(q -> new LearningActivity.Answer(q.questionId(), q.given(), q.right())).toList(),
                clock.instant()));
        enrolment.touch(clock.instant());
        completion.completeIfDone(enrolment, catalog.outline(enrolment.getCourseVersionId()));
        return attemptSummary(attempt, quiz);
    }

    public List<AttemptSummary> attempts(long enrolmentId, long moduleId) {
        own(enrolmentId);
        QuizContent quiz = catalog.quiz(moduleId);
        return attempts.findSubmitted(enrolmentId, moduleId).stream().map(a -> attemptSummary(a, quiz)).toList();
    }

    public Optional<Certificate> certificateFor(long enrolmentId) {
        own(enrolmentId);
        return certificates.findByEnrolmentId(enrolmentId).map(c -> CertificateService.toRecord(c, clock.instant()));
    }

    /** Whether the caller still has to attend a training event of this course to complete it. */
    public boolean awaitsAttendance(long enrolmentId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        CourseOutline course = catalog.outline(enrolment.getCourseVersionId());
        return enrolment.getCompletedAt() == null && completion.progress(enrolment, course).completed()
                && !completion.attendedIfRequired(enrolment, course);
    }

    private EnrolmentSummary summary(EnrolmentEntity enrolment) {
        CourseOutline course = catalog.outline(enrolment.getCourseVersionId());
        return summary(enrolment, course, completion.progress(enrolment, course));
    }

    private static EnrolmentSummary summary(EnrolmentEntity enrolment, CourseOutline course, Progress progress) {
        return new EnrolmentSummary(enrolment.getId(), enrolment.getCourseSlug(), enrolment.getCourseVersionId(),
                course.revision(), course.title(), progress.percentDone(), enrolment.getLastLessonId(),
                enrolment.getLastActivityAt(), enrolment.getCompletedAt());
    }

    private EnrolmentEntity own(long enrolmentId) {
        EnrolmentEntity enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No such enrolment"));
        if (enrolment.getUserId() != currentUser.requireId()) {
            throw new AccessDeniedException("Not your enrolment");
        }
        return enrolment;
    }

    private QuizAttemptEntity ownAttempt(long attemptId) {
        QuizAttemptEntity attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new AccessDeniedException("No such attempt"));
        own(attempt.getEnrolmentId());
        return attempt;
    }

    private CourseOutline requireLesson(EnrolmentEntity enrolment, long lessonId) {
        CourseOutline course = catalog.outline(enrolment.getCourseVersionId());
        if (course.allLessons().stream().noneMatch(l -> l.id() == lessonId)) {
            throw new AccessDeniedException("Lesson not in this course version");
        }
        return course;
    }

    private void requireModule(EnrolmentEntity enrolment, long moduleId) {
        CourseOutline course = catalog.outline(enrolment.getCourseVersionId());
        if (course.modules().stream().noneMatch(m -> m.id() == moduleId && m.hasQuiz())) {
            throw new AccessDeniedException("Module not in this course version");
        }
    }

    private QuizSession session(QuizAttemptEntity attempt, QuizContent quiz) {
        QuizLayout layout = Json.read(attempt.getLayout(), QuizLayout.class);
        Map<String, QuestionDefinition> byId = quiz.questions().stream()
                .collect(Collectors.toMap(QuestionDefinition::id, q -> q));
        List<QuizSession.QuestionView> views = layout.questions().stream().filter(byId::containsKey)
                .map(id -> new QuizSession.QuestionView(byId.get(id), layout.options().get(id))).toList();
        return new QuizSession(attempt.getId(), attempt.getModuleId(), quiz.passMark(), views, answers(attempt.getAnswers()));
    }

    private AttemptSummary attemptSummary(QuizAttemptEntity attempt, QuizContent quiz) {
        Map<String, List<String>> answers = answers(attempt.getAnswers());
        return new AttemptSummary(attempt.getId(), attempt.getModuleId(), attempt.getScore(), attempt.getPassed(),
                attempt.getSubmittedAt(), answers, QuizScorer.score(quiz, answers).questions());
    }

    private static Map<String, List<String>> answers(String json) {
        return Json.read(json, new TypeReference<LinkedHashMap<String, List<String>>>() { });
    }
}
