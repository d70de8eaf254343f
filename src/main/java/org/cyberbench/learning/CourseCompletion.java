package org.cyberbench.learning;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.events.AttendanceRecorded;
import org.cyberbench.events.TrainingFigures;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.learning.internal.CertificateEntity;
import org.cyberbench.learning.internal.CertificateRepository;
import org.cyberbench.learning.internal.EnrolmentEntity;
import org.cyberbench.learning.internal.EnrolmentRepository;
import org.cyberbench.learning.internal.LessonProgressEntity;
import org.cyberbench.learning.internal.LessonProgressRepository;
import org.cyberbench.learning.internal.QuizAttemptEntity;
import org.cyberbench.learning.internal.QuizAttemptRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * An enrolment's progress and its completion: a course is complete when every lesson is done and
 * every quiz passed (and, for a blended course, one of its events attended), and completion issues
 * the certificate once. Called by {@link LearningService} for the signed-in learner, and on
 * recorded attendance for the learner it concerns.
 */
@Component
class CourseCompletion {

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository lessonProgress;
    private final QuizAttemptRepository attempts;
    private final CertificateRepository certificates;
    private final CourseCatalog catalog;
    private final UserService users;
    private final InstitutionService institutions;
    private final ApplicationEventPublisher events;
    private final TrainingFigures trainingEvents;
    private final Clock clock;

    CourseCompletion(EnrolmentRepository enrolments, LessonProgressRepository lessonProgress, QuizAttemptRepository attempts,
            CertificateRepository certificates, CourseCatalog catalog, UserService users, InstitutionService institutions,
            ApplicationEventPublisher events, TrainingFigures trainingEvents, Clock clock) {
        this.enrolments = enrolments;
        this.lessonProgress = lessonProgress;
        this.attempts = attempts;
        this.certificates = certificates;
        this.catalog = catalog;
        this.users = users;
        this.institutions = institutions;
        this.events = events;
        this.trainingEvents = trainingEvents;
        this.clock = clock;
    }

    /** Completes the enrolment and issues its certificate when every step is done (and attendance, if required). */
    Progress completeIfDone(EnrolmentEntity enrolment, CourseOutline course) {
        Progress progress = progress(enrolment, course);
        if (progress.completed() && enrolment.getCompletedAt() == null && attendedIfRequired(enrolment, course)) {
            enrolment.complete(clock.instant());
            issueCertificate(enrolment, course, users.me(), institutions.mine().map(Institution::name).orElse(null));
        }
        return progress;
    }

    /** A blended course is completed only once the learner attended one of its training events. */
    boolean attendedIfRequired(EnrolmentEntity enrolment, CourseOutline course) {
        return !course.requiresAttendance() || trainingEvents.hasAttended(enrolment.getUserId(), course.slug());
    }

    /**
     * Attendance recorded at an event of a blended course completes the enrolments that only lacked it
     * and issues their certificates, in a transaction of its own after the attendance is saved: taking
     * attendance never waits for, or fails because of, a certificate. The event is in Spring Modulith's
     * publication registry until this has run, so a crash in between only delays it to the next start.
     */
    @ApplicationModuleListener
    @PreAuthorize("permitAll()") // called by the event registry, not by a person; it acts as the platform below
    void onAttendance(AttendanceRecorded attended) {
        if (attended.courseSlug() == null) {
            return;
        }
        // on a thread of its own, as the platform: nobody is signed in here
        SystemAuthentication.runAsSystem(() -> {
            for (EnrolmentEntity enrolment : enrolments.findByUserIdAndCourseSlugAndCompletedAtIsNull(attended.userId(),
                    attended.courseSlug())) {
                CourseOutline course = catalog.outline(enrolment.getCourseVersionId());
                if (course.requiresAttendance() && progress(enrolment, course).completed()) {
                    UserAccount holder = users.accounts(List.of(enrolment.getUserId())).get(enrolment.getUserId());
                    String institution = holder.institutionId() == null ? null : institutions.get(holder.institutionId()).name();
                    enrolment.complete(clock.instant());
                    enrolments.save(enrolment);
                    issueCertificate(enrolment, course, holder, institution);
                }
            }
        });
    }

    private void issueCertificate(EnrolmentEntity enrolment, CourseOutline course, UserAccount holder, String institution) {
        if (certificates.findByEnrolmentId(enrolment.getId()).isPresent()) {
            return;
        }
        var issued = clock.instant();
        var expires = issued.atZone(ZoneOffset.UTC).plusMonths(course.certificateValidityMonths()).toInstant();
        CertificateEntity certificate = certificates.saveAndFlush(new CertificateEntity(CertificateService.newCode(),
                enrolment.getUserId(), enrolment.getId(), course.versionId(), course.slug(), holder.fullName(),
                course.title(), institution, issued, expires));
        events.publishEvent(new CertificateIssued(certificate.getCode(), enrolment.getUserId(), course.slug()));
    }

    /** Which lessons are done, the best score and pass of each quiz, and the share of steps finished. */
    Progress progress(EnrolmentEntity enrolment, CourseOutline course) {
        Set<Long> done = lessonProgress.findByEnrolmentId(enrolment.getId()).stream()
                .map(LessonProgressEntity::getLessonId).collect(Collectors.toSet());
        Map<Long, Integer> best = new HashMap<>();
        Set<Long> passed = new HashSet<>();
        for (QuizAttemptEntity attempt : attempts.findSubmitted(enrolment.getId())) {
            best.merge(attempt.getModuleId(), attempt.getScore(), Math::max);
            if (Boolean.TRUE.equals(attempt.getPassed())) {
                passed.add(attempt.getModuleId());
            }
        }
        int items = 0;
        int finished = 0;
        for (ModuleOutline module : course.modules()) {
            for (var lesson : module.lessons()) {
                items++;
                finished += done.contains(lesson.id()) ? 1 : 0;
            }
            if (module.hasQuiz()) {
                items++;
                finished += passed.contains(module.id()) ? 1 : 0;
            }
        }
        int percent = items == 0 ? 0 : finished * 100 / items;
        return new Progress(enrolment.getId(), enrolment.getCourseVersionId(), Collections.unmodifiableSet(done),
                Collections.unmodifiableMap(best), Collections.unmodifiableSet(passed), percent, items > 0 && finished == items);
    }
}
