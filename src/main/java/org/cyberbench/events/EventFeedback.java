package org.cyberbench.events;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cyberbench.events.internal.EvaluationEntity;
import org.cyberbench.events.internal.EvaluationRepository;
import org.cyberbench.events.internal.RegistrationEntity;
import org.cyberbench.events.internal.RegistrationRepository;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * After an event: attendees evaluate it (once, anonymously for the trainers), and may share their contact with the
 * other attendees who consented too.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EventFeedback {

    private final RegistrationRepository registrations;
    private final EvaluationRepository evaluations;
    private final EventAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    EventFeedback(RegistrationRepository registrations, EvaluationRepository evaluations, EventAccess access, CurrentUser currentUser,
            UserService users, Clock clock) {
        this.registrations = registrations;
        this.evaluations = evaluations;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

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
        access.deliverable(eventId);
        List<EvaluationEntity> all = evaluations.findByEventId(eventId);
        return new EvaluationSummary(all.size(), all.stream().mapToInt(EvaluationEntity::getRelevance).average().orElse(0),
                all.stream().mapToInt(EvaluationEntity::getQuality).average().orElse(0),
                all.stream().mapToInt(EvaluationEntity::getPractical).average().orElse(0),
                all.stream().map(EvaluationEntity::getComment).filter(Objects::nonNull).toList());
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
}
