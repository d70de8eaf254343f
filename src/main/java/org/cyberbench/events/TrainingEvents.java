package org.cyberbench.events;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberbench.events.internal.EventEntity;
import org.cyberbench.events.internal.EventRepository;
import org.cyberbench.events.internal.EventRunEntity;
import org.cyberbench.events.internal.EventRunRepository;
import org.cyberbench.events.internal.RegistrationEntity;
import org.cyberbench.events.internal.RegistrationRepository;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.scenario.ParticipantJoined;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Training events: scheduling by institution admins, registration with a waiting list, attendance
 * taken by the event's trainers, and the event's scenario runs (evaluations and contacts: {@link EventFeedback};
 * figures: {@link TrainingFigures}). Every method checks
 * who is asking: an institution admin acts only on their own institution's events, a trainer only on
 * the events they deliver, a participant only on their own registration.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainingEvents {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventRunRepository eventRuns;
    private final CurrentUser currentUser;
    private final EventAccess access;
    private final EventViews views;
    private final UserService users;
    private final ScenarioRuns runs;
    private final ScenarioLibrary scenarios;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final PublicAddress publicAddress;

    TrainingEvents(EventRepository events, RegistrationRepository registrations, EventRunRepository eventRuns, CurrentUser currentUser,
            EventAccess access, EventViews views, UserService users, ScenarioRuns runs,
            ScenarioLibrary scenarios, ApplicationEventPublisher publisher, Clock clock,
            PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.events = events;
        this.registrations = registrations;
        this.eventRuns = eventRuns;
        this.currentUser = currentUser;
        this.access = access;
        this.views = views;
        this.users = users;
        this.runs = runs;
        this.scenarios = scenarios;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ---- scheduling

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    @Transactional
    public TrainingEvent schedule(long institutionId, @Valid EventForm form) {
        check(form, institutionId);
        EventEntity event = new EventEntity(institutionId, currentUser.requireId(), clock.instant());
        event.update(form);
        return views.view(events.saveAndFlush(event));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TrainingEvent update(long eventId, long version, @Valid EventForm form) {
        EventEntity event = access.manageable(eventId);
        StaleDataException.check("This event", event.getVersion(), version);
        check(form, event.getInstitutionId());
        event.update(form);
        TrainingEvent saved = views.view(events.saveAndFlush(event));
        promoteFromWaitingList(event);
        return saved;
    }

    @Transactional
    public void cancel(long eventId) {
        access.manageable(eventId).cancel();
    }

    public EventForm form(long eventId) {
        return access.manageable(eventId).toForm();
    }

    private void check(EventForm form, long institutionId) {
        if (!form.endsAt().isAfter(form.startsAt())) {
            throw new UserFacingException("event.error.endBeforeStart");
        }
        if (blank(form.courseSlug()) && blank(form.scenarioSlug())) {
            throw new UserFacingException("event.error.subject");
        }
        if (form.format() != EventFormat.ONLINE_LIVE && blank(form.place())) {
            throw new UserFacingException("event.error.place");
        }
        if (form.format() != EventFormat.CLASSROOM && blank(form.onlineLink())) {
            throw new UserFacingException("event.error.linkNeeded");
        }
        try {
            java.time.ZoneId.of(form.timeZone());
        } catch (java.time.DateTimeException e) {
            throw new UserFacingException("event.error.timeZone");
        }
        Map<Long, UserAccount> trainers = users.accounts(form.trainerIds());
        for (long id : form.trainerIds()) {
            UserAccount trainer = trainers.get(id);
            if (trainer == null || !trainer.hasRole(Role.TRAINER)) {
                throw new UserFacingException("event.error.notATrainer");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // ---- reading

    /** The events this person may see that overlap the period, oldest first. */
    public List<TrainingEvent> visible(Instant from, Instant to) {
        long me = currentUser.requireId();
        Long adminOf = currentUser.hasRole(Role.INSTITUTION_ADMIN) ? users.me().institutionId() : null;
        List<EventEntity> found = events.visible(from, to, me, adminOf, currentUser.hasRole(Role.ADMIN));
        return views.views(found);
    }

    public TrainingEvent get(long eventId) {
        return views.view(access.visible(eventId));
    }

    /** The event as an iCalendar file, for anyone who may see it. */
    public byte[] ics(long eventId) {
        TrainingEvent event = get(eventId);
        return org.cyberbench.events.internal.IcsWriter.write(event, publicAddress.link("/events/" + eventId), publicAddress.host());
    }

    /** Whether the signed-in person may change the event (its institution's admin, or an administrator). */
    public boolean canManage(long eventId) {
        return events.findById(eventId).map(access::mayManage).orElse(false);
    }

    // ---- registration

    /**
     * Registers the signed-in person: a seat if one is left, otherwise the waiting list. Registering
     * twice changes nothing. Invitation-only events accept only people who were invited.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RegistrationStatus register(long eventId) {
        EventEntity event = access.found(eventId);
        if (event.isCancelled() || !event.endInstant().isAfter(clock.instant())) {
            throw new UserFacingException("event.error.closed");
        }
        long me = currentUser.requireId();
        Optional<RegistrationEntity> existing = registrations.findByEventIdAndUserId(eventId, me);
        if (existing.isPresent() && (existing.get().getStatus() == RegistrationStatus.REGISTERED
                || existing.get().getStatus() == RegistrationStatus.WAITLISTED)) {
            return existing.get().getStatus();
        }
        if (event.getRegistration() == RegistrationMode.INVITATION && existing.isEmpty()) {
            throw new UserFacingException("event.error.invitationOnly");
        }
        // counting under the event's row lock, so that two people cannot take the last seat; read committed, so that
        // the count sees the seats taken by those who held the lock before (repeatable read would count from an older snapshot)
        events.lockForSeats(eventId);
        RegistrationStatus status = registrations.countByEventIdAndStatus(eventId, RegistrationStatus.REGISTERED) < event.getCapacity()
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        RegistrationEntity registration = existing.orElseGet(() -> new RegistrationEntity(eventId, me, status, clock.instant()));
        registration.setStatus(status, clock.instant());
        registrations.saveAndFlush(registration);
        return status;
    }

    /** Cancels the signed-in person's place; the first on the waiting list takes it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancelRegistration(long eventId) {
        RegistrationEntity registration = registrations.findByEventIdAndUserId(eventId, currentUser.requireId())
                .orElseThrow(() -> new UserFacingException("event.error.notRegistered"));
        registration.setStatus(RegistrationStatus.CANCELLED, clock.instant());
        registrations.saveAndFlush(registration);
        events.findById(eventId).ifPresent(this::promoteFromWaitingList);
    }

    private void promoteFromWaitingList(EventEntity event) {
        events.lockForSeats(event.getId());
        long taken = registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.REGISTERED);
        for (RegistrationEntity waiting : registrations.findByEventIdAndStatusOrderByRegisteredAt(event.getId(), RegistrationStatus.WAITLISTED)) {
            if (taken >= event.getCapacity()) {
                break;
            }
            waiting.setStatus(RegistrationStatus.REGISTERED, clock.instant());
            taken++;
        }
    }

    /** Invites members of the event's institution; people already registered keep their place. */
    @Transactional
    public int invite(long eventId, Collection<Long> userIds) {
        EventEntity event = access.manageable(eventId);
        Set<Long> members = new HashSet<>();
        users.membersOf(event.getInstitutionId()).forEach(u -> members.add(u.id()));
        int invited = 0;
        for (long userId : userIds) {
            if (!members.contains(userId)) {
                throw new UserFacingException("event.error.notAMember");
            }
            if (registrations.findByEventIdAndUserId(eventId, userId).isEmpty()) {
                registrations.save(new RegistrationEntity(eventId, userId, RegistrationStatus.INVITED, clock.instant()));
                invited++;
            }
        }
        return invited;
    }

    // ---- attendance

    /** Everyone invited, registered or waiting, with their attendance so far; for the event's trainers and admin. */
    public List<Attendee> attendance(long eventId) {
        access.deliverable(eventId);
        List<RegistrationEntity> list = registrations.findByEventIdOrderByRegisteredAt(eventId).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED).toList();
        Map<Long, UserAccount> people = users.accounts(list.stream().map(RegistrationEntity::getUserId).toList());
        return list.stream().map(r -> {
            UserAccount person = people.get(r.getUserId());
            return new Attendee(r.getUserId(), person == null ? "?" : person.fullName(), r.getStatus(), r.getAttended());
        }).sorted(Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Marks a person present or absent; a person on the waiting list who turns up is registered. */
    @Transactional
    public void markAttendance(long eventId, long userId, boolean present) {
        EventEntity event = access.deliverable(eventId);
        if (event.getStartsAt().toInstant().isAfter(clock.instant().plus(java.time.Duration.ofHours(12)))) {
            throw new UserFacingException("event.error.tooEarly");
        }
        RegistrationEntity registration = registrations.findByEventIdAndUserId(eventId, userId)
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new UserFacingException("event.error.notRegistered"));
        record(event, registration, present, currentUser.requireId());
    }

    private void record(EventEntity event, RegistrationEntity registration, boolean present, Long by) {
        if (present && registration.getStatus() != RegistrationStatus.REGISTERED) {
            registration.setStatus(RegistrationStatus.REGISTERED, clock.instant());
        }
        boolean newlyPresent = present && !Boolean.TRUE.equals(registration.getAttended());
        registration.markAttendance(present, by, clock.instant());
        registrations.saveAndFlush(registration);
        if (newlyPresent) {
            publisher.publishEvent(new AttendanceRecorded(event.getId(), registration.getUserId(), event.getCourseSlug()));
        }
    }

    /** Starts a scenario run for the event; signed-in participants who join it are marked present. */
    @Transactional
    public long startScenarioRun(long eventId, RunSettings settings) {
        EventEntity event = access.deliverable(eventId);
        if (event.getScenarioSlug() == null) {
            throw new UserFacingException("event.error.noScenario");
        }
        long versionId = scenarios.current().stream().filter(s -> s.slug().equals(event.getScenarioSlug())).findFirst()
                .orElseThrow(() -> new UserFacingException("scenario.error.notFound")).versionId();
        long runId = runs.create(versionId, settings).id();
        eventRuns.save(new EventRunEntity(eventId, runId));
        return runId;
    }

    public List<Long> scenarioRuns(long eventId) {
        access.deliverable(eventId);
        return eventRuns.findByEventId(eventId).stream().map(EventRunEntity::getRunId).toList();
    }

    /**
     * Joining the event's scenario run counts as being there: recorded after the join is committed, in a
     * transaction of its own, so that joining a run never waits for or fails because of the event's records.
     */
    @ApplicationModuleListener
    @PreAuthorize("permitAll()") // called by the event registry, not by a person
    void onParticipantJoined(ParticipantJoined joined) {
        eventRuns.findById(joined.runId()).flatMap(link -> events.findById(link.getEventId())).ifPresent(event -> {
            RegistrationEntity registration = registrations.findByEventIdAndUserId(event.getId(), joined.userId())
                    .orElseGet(() -> new RegistrationEntity(event.getId(), joined.userId(), RegistrationStatus.REGISTERED, clock.instant()));
            record(event, registration, true, null);
        });
    }

    /** The signed-in person's own events, with attendance, for their record. */
    public List<TrainingEvent> mine() {
        List<Long> ids = registrations.findByUserId(currentUser.requireId()).stream().map(RegistrationEntity::getEventId).toList();
        return views.views(events.findAllById(ids)).stream().sorted(Comparator.comparing(TrainingEvent::startsAt).reversed()).toList();
    }
}
