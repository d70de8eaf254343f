package org.cyberbench.trainers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cyberbench.events.TrainingFigures;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.trainers.internal.AccreditationEntity;
import org.cyberbench.trainers.internal.AccreditationRepository;
import org.cyberbench.trainers.internal.ObservationEntity;
import org.cyberbench.trainers.internal.ObservationRepository;
import org.cyberbench.trainers.internal.PathwayEntity;
import org.cyberbench.trainers.internal.PathwayRepository;
import org.cyberbench.trainers.internal.TrainerProfileEntity;
import org.cyberbench.trainers.internal.TrainerProfileRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer pathway. Institution admins add candidates, set the pathway per course and accredit;
 * master trainers observe candidates' co-delivered sessions and accredit trainers; a person sees their
 * own record. An institution admin sees only their own institution's trainers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainerService {

    private final TrainerProfileRepository profiles;
    private final PathwayRepository pathways;
    private final ObservationRepository observations;
    private final AccreditationRepository accreditations;
    private final Accreditations accreditationRecords;
    private final CurrentUser currentUser;
    private final TrainerAccess access;
    private final UserService users;
    private final CertificateService certificates;
    private final TrainingFigures events;
    private final Clock clock;

    TrainerService(TrainerProfileRepository profiles, PathwayRepository pathways, ObservationRepository observations,
            AccreditationRepository accreditations, Accreditations accreditationRecords, CurrentUser currentUser, TrainerAccess access,
            UserService users,
            CertificateService certificates, TrainingFigures events, Clock clock) {
        this.profiles = profiles;
        this.pathways = pathways;
        this.observations = observations;
        this.accreditations = accreditations;
        this.accreditationRecords = accreditationRecords;
        this.currentUser = currentUser;
        this.access = access;
        this.users = users;
        this.certificates = certificates;
        this.events = events;
        this.clock = clock;
    }

    // ---- records shown on screens

    public record TrainerSummary(long userId, long profileVersion, String name, Long institutionId, TrainerLevel level,
            List<String> languages, List<String> specialisms, List<Accreditation> accreditations) {
    }

    public record Observation(long id, String observerName, String courseSlug, Long eventId, LocalDate deliveredOn, int rating,
            String feedback) {
    }

    /** A person's progress towards accreditation (or renewal) for one course. */
    public record CourseProgress(String courseSlug, Pathway pathway, List<PathwayRules.StepStatus> steps, boolean mayBeAccredited,
            Optional<Accreditation> current) {
    }

    public record TrainerDetail(TrainerSummary trainer, List<CourseProgress> progress, List<Observation> observations,
            boolean canObserve, boolean canAccredit, boolean canAccreditMaster, boolean canEdit) {
    }

    // ---- profiles

    /** The trainers and candidates of an institution, for its admin, its master trainers and administrators. */
    public List<TrainerSummary> trainers(long institutionId) {
        if (!access.canSupervise(institutionId)) {
            throw new AccessDeniedException("Not your institution");
        }
        List<TrainerProfileEntity> found = profiles.findByInstitutionId(institutionId);
        List<Long> ids = found.stream().map(TrainerProfileEntity::getUserId).toList();
        Map<Long, UserAccount> people = users.accounts(ids);
        // one query for everyone's accreditations and one for their names, however many trainers there are
        Map<Long, List<Accreditation>> byTrainer = accreditationRecords.named(accreditations.findByTrainerIdInOrderByAccreditedOnDesc(ids)).stream()
                .collect(java.util.stream.Collectors.groupingBy(Accreditation::trainerId));
        return found.stream().filter(p -> people.containsKey(p.getUserId()))
                .map(p -> summary(people.get(p.getUserId()), p, byTrainer.getOrDefault(p.getUserId(), List.of())))
                .sorted(Comparator.comparing(TrainerSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static TrainerSummary summary(UserAccount person, TrainerProfileEntity profile, List<Accreditation> accreditations) {
        return new TrainerSummary(person.id(), profile.getVersion(), person.fullName(), profile.getInstitutionId(), profile.getLevel(),
                profile.getLanguages(), profile.getSpecialisms(), accreditations);
    }

    /** Makes a member of the institution a candidate trainer; doing it twice changes nothing. */
    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    @Transactional
    public void addCandidate(long institutionId, long userId) {
        UserAccount person = users.accounts(List.of(userId)).get(userId);
        if (person == null || !Objects.equals(person.institutionId(), institutionId)) {
            throw new UserFacingException("trainers.error.notAMember");
        }
        if (profiles.findByUserId(userId).isEmpty()) {
            profiles.saveAndFlush(new TrainerProfileEntity(userId, institutionId, TrainerLevel.CANDIDATE, clock.instant()));
        }
    }

    /** Whether the signed-in person is on the trainer pathway (has a trainer profile). */
    public boolean amOnPathway() {
        return profiles.findByUserId(currentUser.requireId()).isPresent();
    }

    /** A person's own record, or a candidate's or trainer's record for those who supervise them. */
    public TrainerDetail detail(long userId) {
        UserAccount person = users.accounts(List.of(userId)).get(userId);
        TrainerProfileEntity profile = profiles.findByUserId(userId).orElseThrow(() -> new UserFacingException("trainers.error.noProfile"));
        if (person == null || !access.mayView(person)) {
            throw new AccessDeniedException("Not a trainer you may see");
        }
        TrainerSummary summary = summary(person, profile, accreditationRecords.of(userId));
        Set<String> courses = new LinkedHashSet<>();
        profile.getSpecialisms().stream().filter(s -> s.startsWith("course:")).forEach(s -> courses.add(s.substring("course:".length())));
        summary.accreditations().forEach(a -> courses.add(a.courseSlug()));
        List<ObservationEntity> observed = observations.findByCandidateIdOrderByDeliveredOnDesc(userId);
        observed.forEach(o -> courses.add(o.getCourseSlug()));
        LocalDate today = accreditationRecords.today();
        List<CourseProgress> progress = courses.stream().map(course -> progress(person, course, summary.accreditations(), observed, today))
                .toList();
        Map<Long, String> observerNames = users.names(observed.stream().map(ObservationEntity::getObserverId).toList());
        List<Observation> shown = observed.stream().map(o -> new Observation(o.getId(), observerNames.getOrDefault(o.getObserverId(), "?"),
                o.getCourseSlug(), o.getEventId(), o.getDeliveredOn(), o.getRating(), o.getFeedback())).toList();
        long me = currentUser.requireId();
        boolean supervisor = access.isAdminOf(person.institutionId());
        boolean master = me != userId && access.isMasterTrainer(me);
        return new TrainerDetail(summary, progress, shown, master || (supervisor && me != userId), master || (supervisor && me != userId),
                supervisor && me != userId, me == userId || supervisor);
    }

    private CourseProgress progress(UserAccount person, String course, List<Accreditation> all, List<ObservationEntity> observed,
            LocalDate today) {
        Pathway pathway = pathwayFor(person.institutionId(), course);
        Optional<Accreditation> current = all.stream().filter(a -> a.courseSlug().equals(course) && !a.revoked())
                .max(Comparator.comparing(Accreditation::accreditedOn));
        PathwayRules.Evidence evidence = new PathwayRules.Evidence(
                certificates.holdsValid(person.id(), pathway.trainTheTrainerCourse()),
                observed.stream().filter(o -> o.getCourseSlug().equals(course)).map(ObservationEntity::getRating).toList(),
                current,
                current.map(a -> (int) events.sessionsDelivered(person.id(), course, a.accreditedOn())).orElse(0));
        List<PathwayRules.StepStatus> steps = PathwayRules.steps(pathway, evidence, today);
        return new CourseProgress(course, pathway, steps, steps.stream().allMatch(PathwayRules.StepStatus::done), current);
    }

    @Transactional
    public void updateProfile(long userId, long version, List<String> languages, List<String> specialisms) {
        TrainerProfileEntity profile = profiles.findByUserId(userId).orElseThrow(() -> new UserFacingException("trainers.error.noProfile"));
        UserAccount person = users.accounts(List.of(userId)).get(userId);
        if (currentUser.requireId() != userId && !access.isAdminOf(person.institutionId())) {
            throw new AccessDeniedException("Not your profile");
        }
        org.cyberbench.shared.StaleDataException.check("This trainer profile", profile.getVersion(), version);
        if (languages.stream().anyMatch(l -> !l.matches("[a-z]{2}")) || specialisms.stream().anyMatch(s -> !s.matches("(course|scenario):[a-z0-9-]{1,100}"))) {
            throw new UserFacingException("trainers.error.profile");
        }
        profile.describe(languages, specialisms);
        profiles.saveAndFlush(profile);
    }

    // ---- observations and accreditation

    /** A master trainer records how a candidate delivered a session they co-delivered: a rating of 1 to 5 and written feedback. */
    @PreAuthorize("hasAnyRole('TRAINER', 'INSTITUTION_ADMIN', 'ADMIN')")
    @Transactional
    public void recordObservation(long candidateId, String courseSlug, Long eventId, LocalDate deliveredOn, int rating, String feedback) {
        long me = currentUser.requireId();
        UserAccount candidate = users.accounts(List.of(candidateId)).get(candidateId);
        if (candidate == null || profiles.findByUserId(candidateId).isEmpty()) {
            throw new UserFacingException("trainers.error.noProfile");
        }
        if (!access.maySupervise(candidate)) {
            throw new AccessDeniedException("Only a master trainer may observe a candidate");
        }
        if (rating < 1 || rating > 5) {
            throw new UserFacingException("trainers.error.rating");
        }
        if (feedback == null || feedback.strip().length() < 20) {
            throw new UserFacingException("trainers.error.feedback");
        }
        if (deliveredOn == null || deliveredOn.isAfter(accreditationRecords.today())) {
            throw new UserFacingException("trainers.error.deliveredOn");
        }
        if (courseSlug == null || courseSlug.isBlank()) {
            throw new UserFacingException("trainers.error.course");
        }
        observations.saveAndFlush(new ObservationEntity(candidateId, me, courseSlug, eventId, deliveredOn, rating, feedback.strip(),
                clock.instant()));
    }

    /**
     * Accredits a person to deliver a course. A trainer accreditation needs the pathway's steps (or, for
     * a renewal, the sessions delivered in the period); a master trainer accreditation can only be given
     * by an institution admin or administrator to someone already accredited for the course. Clicking
     * twice on the same day gives one accreditation.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'INSTITUTION_ADMIN', 'ADMIN')")
    @Transactional
    public Accreditation accredit(long trainerId, String courseSlug, TrainerLevel level) {
        long me = currentUser.requireId();
        UserAccount person = users.accounts(List.of(trainerId)).get(trainerId);
        TrainerProfileEntity profile = profiles.findByUserId(trainerId).orElseThrow(() -> new UserFacingException("trainers.error.noProfile"));
        boolean supervisor = access.isAdminOf(person.institutionId());
        if (!access.maySupervise(person)) {
            throw new AccessDeniedException("Only a master trainer or the institution's admin may accredit");
        }
        if (level == TrainerLevel.CANDIDATE) {
            throw new UserFacingException("trainers.error.level");
        }
        LocalDate today = accreditationRecords.today();
        List<AccreditationEntity> existing = accreditations.findByTrainerIdOrderByAccreditedOnDesc(trainerId).stream()
                .filter(a -> a.getCourseSlug().equals(courseSlug) && !a.isRevoked()).toList();
        Optional<AccreditationEntity> sameToday = existing.stream().filter(a -> a.getAccreditedOn().equals(today) && a.getLevel() == level)
                .findFirst();
        if (sameToday.isPresent()) {
            return accreditationRecords.named(sameToday.get());
        }
        CourseProgress progress = detailProgress(person, courseSlug, today);
        if (level == TrainerLevel.MASTER_TRAINER) {
            if (!supervisor) {
                throw new AccessDeniedException("Only the institution's admin may name a master trainer");
            }
            if (progress.current().filter(a -> a.status() != AccreditationStatus.EXPIRED).isEmpty()) {
                throw new UserFacingException("trainers.error.masterNeedsTrainer");
            }
        } else if (!progress.mayBeAccredited()) {
            throw new UserFacingException(progress.current().isPresent() ? "trainers.error.renewalSteps" : "trainers.error.steps");
        }
        LocalDate expires = PathwayRules.expiry(progress.pathway(), progress.current(), today);
        return grant(person, profile, courseSlug, level, me, today, expires);
    }

    /**
     * Recognises an existing trainer or master trainer without the pathway, e.g. the founding master
     * trainers of a new programme. Administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Accreditation recognise(long trainerId, String courseSlug, TrainerLevel level, int validityMonths) {
        UserAccount person = users.accounts(List.of(trainerId)).get(trainerId);
        if (person == null || level == TrainerLevel.CANDIDATE) {
            throw new UserFacingException("trainers.error.level");
        }
        TrainerProfileEntity profile = profiles.findByUserId(trainerId)
                .orElseGet(() -> profiles.save(new TrainerProfileEntity(trainerId, person.institutionId(), TrainerLevel.CANDIDATE,
                        clock.instant())));
        LocalDate today = accreditationRecords.today();
        return grant(person, profile, courseSlug, level, currentUser.requireId(), today, today.plusMonths(validityMonths));
    }

    private Accreditation grant(UserAccount person, TrainerProfileEntity profile, String courseSlug, TrainerLevel level, long by,
            LocalDate today, LocalDate expires) {
        AccreditationEntity granted = accreditations.saveAndFlush(new AccreditationEntity(person.id(), courseSlug, level, by,
                person.institutionId(), today, expires, clock.instant()));
        if (level.compareTo(profile.getLevel()) > 0) {
            profile.setLevel(level);
        }
        if (person.institutionId() != null) {
            profile.setInstitutionId(person.institutionId());
        }
        users.grantTrainerRole(person.id());
        return accreditationRecords.named(granted);
    }

    private CourseProgress detailProgress(UserAccount person, String courseSlug, LocalDate today) {
        return progress(person, courseSlug, accreditationRecords.of(person.id()), observations.findByCandidateIdOrderByDeliveredOnDesc(person.id()),
                today);
    }

    @Transactional
    public void revoke(long accreditationId) {
        AccreditationEntity accreditation = accreditations.findById(accreditationId)
                .orElseThrow(() -> new UserFacingException("trainers.error.noAccreditation"));
        if (accreditation.getInstitutionId() == null ? !currentUser.hasRole(Role.ADMIN) : !access.isAdminOf(accreditation.getInstitutionId())) {
            throw new AccessDeniedException("Not your institution's accreditation");
        }
        if (!accreditation.isRevoked()) {
            accreditation.revoke(clock.instant());
        }
    }

    // ---- pathway settings

    public Pathway pathwayFor(Long institutionId, String courseSlug) {
        return institutionId == null ? Pathway.standard(courseSlug)
                : pathways.findByInstitutionIdAndCourseSlug(institutionId, courseSlug).map(PathwayEntity::toPathway)
                        .orElseGet(() -> Pathway.standard(courseSlug));
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    @Transactional
    public void setPathway(long institutionId, Pathway pathway) {
        PathwayEntity entity = pathways.findByInstitutionIdAndCourseSlug(institutionId, pathway.courseSlug())
                .orElseGet(() -> new PathwayEntity(institutionId, pathway.courseSlug()));
        entity.set(pathway);
        pathways.saveAndFlush(entity);
    }
}
