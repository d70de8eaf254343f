package org.cyberbench.events;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberbench.events.internal.EvaluationEntity;
import org.cyberbench.events.internal.EvaluationRepository;
import org.cyberbench.events.internal.EventEntity;
import org.cyberbench.events.internal.EventRepository;
import org.cyberbench.events.internal.EventRunEntity;
import org.cyberbench.events.internal.EventRunRepository;
import org.cyberbench.events.internal.RegistrationEntity;
import org.cyberbench.events.internal.RegistrationRepository;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.IdentityAccess;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.scenario.ParticipantJoined;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.db.NativeRows;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Training events: scheduling by institution admins, registration with a waiting list, attendance
 * taken by the event's trainers, evaluations, and contact sharing by consent. Every method checks
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
    private final EvaluationRepository evaluations;
    private final EventRunRepository eventRuns;
    private final CurrentUser currentUser;
    private final IdentityAccess access;
    private final UserService users;
    private final ScenarioRuns runs;
    private final ScenarioLibrary scenarios;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final PublicAddress publicAddress;

    TrainingEvents(EventRepository events, RegistrationRepository registrations, EvaluationRepository evaluations,
            EventRunRepository eventRuns, CurrentUser currentUser, IdentityAccess access, UserService users, ScenarioRuns runs,
            ScenarioLibrary scenarios, ApplicationEventPublisher publisher, Clock clock,
            PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.events = events;
        this.registrations = registrations;
        this.evaluations = evaluations;
        this.eventRuns = eventRuns;
        this.currentUser = currentUser;
        this.access = access;
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
        return view(events.saveAndFlush(event));
    }

    @Transactional
    public TrainingEvent update(long eventId, long version, @Valid EventForm form) {
        EventEntity event = manageable(eventId);
        StaleDataException.check("This event", event.getVersion(), version);
        check(form, event.getInstitutionId());
        event.update(form);
        TrainingEvent saved = view(events.saveAndFlush(event));
        promoteFromWaitingList(event);
        return saved;
    }

    @Transactional
    public void cancel(long eventId) {
        manageable(eventId).cancel();
    }

    public EventForm form(long eventId) {
        return manageable(eventId).toForm();
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
        return views(found);
    }

    public TrainingEvent get(long eventId) {
        EventEntity event = events.findById(eventId).orElseThrow(() -> new UserFacingException("event.error.notFound"));
        if (!maySee(event)) {
            throw new AccessDeniedException("Not an event you may see");
        }
        return view(event);
    }

    /** The event as an iCalendar file, for anyone who may see it. */
    public byte[] ics(long eventId) {
        TrainingEvent event = get(eventId);
        return org.cyberbench.events.internal.IcsWriter.write(event, publicAddress.link("/events/" + eventId), publicAddress.host());
    }

    /** Whether the signed-in person may change the event (its institution's admin, or an administrator). */
    public boolean canManage(long eventId) {
        return events.findById(eventId).map(this::mayManage).orElse(false);
    }

    private boolean maySee(EventEntity event) {
        long me = currentUser.requireId();
        return event.getRegistration() == RegistrationMode.OPEN || mayManage(event) || event.getTrainerIds().contains(me)
                || registrations.findByEventIdAndUserId(event.getId(), me).isPresent();
    }

    private boolean mayManage(EventEntity event) {
        return currentUser.hasRole(Role.ADMIN) || access.isInstitutionAdminOf(event.getInstitutionId());
    }

    private EventEntity manageable(long eventId) {
        EventEntity event = events.findById(eventId).orElseThrow(() -> new UserFacingException("event.error.notFound"));
        if (!mayManage(event)) {
            throw new AccessDeniedException("Not your institution's event");
        }
        return event;
    }

    /** The event's trainers, its institution's admin, or an administrator. */
    private EventEntity deliverable(long eventId) {
        EventEntity event = events.findById(eventId).orElseThrow(() -> new UserFacingException("event.error.notFound"));
        if (!event.getTrainerIds().contains(currentUser.requireId()) && !mayManage(event)) {
            throw new AccessDeniedException("Not an event you deliver");
        }
        return event;
    }

    // ---- registration

    /**
     * Registers the signed-in person: a seat if one is left, otherwise the waiting list. Registering
     * twice changes nothing. Invitation-only events accept only people who were invited.
     */
    @Transactional
    public RegistrationStatus register(long eventId) {
        EventEntity event = events.findById(eventId).orElseThrow(() -> new UserFacingException("event.error.notFound"));
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
        // counting under the event's row lock, so that two people cannot take the last seat
        events.lockForSeats(eventId);
        RegistrationStatus status = registrations.countByEventIdAndStatus(eventId, RegistrationStatus.REGISTERED) < event.getCapacity()
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        RegistrationEntity registration = existing.orElseGet(() -> new RegistrationEntity(eventId, me, status, clock.instant()));
        registration.setStatus(status, clock.instant());
        registrations.saveAndFlush(registration);
        return status;
    }

    /** Cancels the signed-in person's place; the first on the waiting list takes it. */
    @Transactional
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
        EventEntity event = manageable(eventId);
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
        deliverable(eventId);
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
        EventEntity event = deliverable(eventId);
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
        EventEntity event = deliverable(eventId);
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
        deliverable(eventId);
        return eventRuns.findByEventId(eventId).stream().map(EventRunEntity::getRunId).toList();
    }

    /** Joining the event's scenario run counts as being there (in the joining transaction). */
    @EventListener
    @Transactional
    void onParticipantJoined(ParticipantJoined joined) {
        eventRuns.findById(joined.runId()).flatMap(link -> events.findById(link.getEventId())).ifPresent(event -> {
            RegistrationEntity registration = registrations.findByEventIdAndUserId(event.getId(), joined.userId())
                    .orElseGet(() -> new RegistrationEntity(event.getId(), joined.userId(), RegistrationStatus.REGISTERED, clock.instant()));
            record(event, registration, true, null);
        });
    }

    // ---- after the event

    @Transactional
    public void evaluate(long eventId, @Valid EvaluationForm form) {
        long me = currentUser.requireId();
        RegistrationEntity registration = registrations.findByEventIdAndUserId(eventId, me)
                .filter(r -> Boolean.TRUE.equals(r.getAttended()))
                .orElseThrow(() -> new UserFacingException("event.error.evaluateAfterAttending"));
        if (evaluations.existsByEventIdAndUserId(eventId, me)) {
            throw new UserFacingException("event.error.alreadyEvaluated");
        }
        evaluations.saveAndFlush(new EvaluationEntity(registration.getEventId(), me, form, clock.instant()));
    }

    public boolean haveEvaluated(long eventId) {
        return evaluations.existsByEventIdAndUserId(eventId, currentUser.requireId());
    }

    /** Averages and comments of an event's evaluations, for its trainers and admin; anonymous. */
    public record EvaluationSummary(int count, double relevance, double quality, double practical, List<String> comments) {
    }

    public EvaluationSummary evaluations(long eventId) {
        deliverable(eventId);
        List<EvaluationEntity> all = evaluations.findByEventId(eventId);
        return new EvaluationSummary(all.size(), all.stream().mapToInt(EvaluationEntity::getRelevance).average().orElse(0),
                all.stream().mapToInt(EvaluationEntity::getQuality).average().orElse(0),
                all.stream().mapToInt(EvaluationEntity::getPractical).average().orElse(0),
                all.stream().map(EvaluationEntity::getComment).filter(c -> c != null).toList());
    }

    /** The signed-in attendee's consent to share name, institution and e-mail with the event's other attendees. */
    @Transactional
    public void shareMyContact(long eventId, boolean share) {
        RegistrationEntity registration = registrations.findByEventIdAndUserId(eventId, currentUser.requireId())
                .filter(r -> Boolean.TRUE.equals(r.getAttended()))
                .orElseThrow(() -> new UserFacingException("event.error.shareAfterAttending"));
        registration.setShareContact(share);
    }

    /** A shared contact: only people who attended and consented, and only for another attendee who attended. */
    public record Contact(String name, Long institutionId, String email) {
    }

    public List<Contact> contacts(long eventId) {
        long me = currentUser.requireId();
        boolean attended = registrations.findByEventIdAndUserId(eventId, me).map(r -> Boolean.TRUE.equals(r.getAttended())).orElse(false);
        if (!attended) {
            return List.of();
        }
        List<Long> sharing = registrations.findByEventIdOrderByRegisteredAt(eventId).stream()
                .filter(r -> Boolean.TRUE.equals(r.getAttended()) && r.isShareContact() && r.getUserId() != me)
                .map(RegistrationEntity::getUserId).toList();
        return users.contactsOf(sharing).stream().map(u -> new Contact(u.fullName(), u.institutionId(), u.email()))
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    // ---- figures for the trainer pathway and the dashboards

    /** Whether the person was present at a (not cancelled) event of the course: what completes a blended course. */
    public boolean hasAttended(long userId, String courseSlug) {
        return registrations.attendedCourse(userId, courseSlug);
    }

    /** Sessions of a course a trainer delivered (events not cancelled, ended) since a day. */
    public long sessionsDelivered(long trainerId, String courseSlug, LocalDate since) {
        return events.countDelivered(trainerId, courseSlug, since.atStartOfDay().toInstant(ZoneOffset.UTC), clock.instant());
    }

    /** Who trained whom: for each trainer, the people present at the events they delivered (of one institution, or all). */
    @PreAuthorize("hasAnyRole('TRAINER', 'INSTITUTION_ADMIN', 'ADMIN')")
    public Map<Long, List<Long>> trainedBy(Long institutionId) {
        Map<Long, List<Long>> trained = new HashMap<>();
        for (Object[] pair : registrations.trainedPairs(institutionId)) {
            trained.computeIfAbsent(((Number) pair[0]).longValue(), k -> new ArrayList<>()).add(((Number) pair[1]).longValue());
        }
        return trained;
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public long peopleTrained(long institutionId) {
        return registrations.countPeopleTrained(institutionId);
    }

    /** People present at the institution's events, by month, profession and country. */
    public record TrainedCount(String month, String profession, String country, long people) {
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<TrainedCount> trainedByMonth(long institutionId, LocalDate since) {
        return registrations.trainedByMonth(institutionId, since.atStartOfDay().toInstant(ZoneOffset.UTC)).stream()
                .map(row -> new TrainedCount((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue())).toList();
    }

    /** An event's figures for the dashboard. */
    public record EventFigures(long eventId, String title, Instant startsAt, boolean cancelled, long registered, long waitlisted,
            long present) {
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<EventFigures> eventFigures(long institutionId, LocalDate since) {
        return registrations.eventFigures(institutionId, since.atStartOfDay().toInstant(ZoneOffset.UTC)).stream()
                .map(row -> new EventFigures(NativeRows.number(row[0]), (String) row[1], NativeRows.instant(row[2]),
                        NativeRows.bool(row[3]), NativeRows.number(row[4]), NativeRows.number(row[5]), NativeRows.number(row[6]))).toList();
    }

    /** The signed-in person's own events, with attendance, for their record. */
    public List<TrainingEvent> mine() {
        List<Long> ids = registrations.findByUserId(currentUser.requireId()).stream().map(RegistrationEntity::getEventId).toList();
        return views(events.findAllById(ids)).stream().sorted(Comparator.comparing(TrainingEvent::startsAt).reversed()).toList();
    }

    // ---- views

    private TrainingEvent view(EventEntity event) {
        return views(List.of(event)).getFirst();
    }

    private List<TrainingEvent> views(List<EventEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        for (Object[] row : registrations.countsByEvent(found.stream().map(EventEntity::getId).toList())) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(RegistrationStatus.class)).put((RegistrationStatus) row[1], (Long) row[2]);
        }
        Set<Long> trainerIds = new HashSet<>();
        found.forEach(e -> trainerIds.addAll(e.getTrainerIds()));
        Map<Long, String> names = users.names(trainerIds);
        long me = currentUser.requireId();
        Map<Long, RegistrationEntity> mine = new HashMap<>();
        registrations.findByUserId(me).forEach(r -> mine.put(r.getEventId(), r));
        List<TrainingEvent> views = new ArrayList<>();
        for (EventEntity e : found) {
            Map<RegistrationStatus, Long> c = counts.getOrDefault(e.getId(), Map.of());
            RegistrationEntity my = mine.get(e.getId());
            views.add(new TrainingEvent(e.getId(), e.getVersion(), e.getInstitutionId(), e.getTitle(), e.getCourseSlug(), e.getScenarioSlug(),
                    e.getFormat(), e.getStartsAt(), e.getEndsAt(), e.getPlace(), e.getOnlineLink(), e.getCapacity(), e.getRegistration(),
                    e.getLanguage(), e.isCancelled(),
                    e.getTrainerIds().stream().map(id -> new TrainingEvent.Person(id, names.getOrDefault(id, "?")))
                            .sorted(Comparator.comparing(TrainingEvent.Person::name)).toList(),
                    c.getOrDefault(RegistrationStatus.REGISTERED, 0L).intValue(), c.getOrDefault(RegistrationStatus.WAITLISTED, 0L).intValue(),
                    my == null ? null : my.getStatus(), my == null ? null : my.getAttended(), my != null && my.isShareContact()));
        }
        return views;
    }
}
