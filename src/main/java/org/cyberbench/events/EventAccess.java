package org.cyberbench.events;

import org.cyberbench.events.internal.EventEntity;
import org.cyberbench.events.internal.EventRepository;
import org.cyberbench.events.internal.RegistrationRepository;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.IdentityAccess;
import org.cyberbench.identity.Role;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an event: anyone signed in sees an open event; its institution's admin (and administrators)
 * manage it; its trainers deliver it (attendance, evaluations, scenario runs); a participant sees the events they
 * were invited to or registered for.
 */
@Component
class EventAccess {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final CurrentUser currentUser;
    private final IdentityAccess access;

    EventAccess(EventRepository events, RegistrationRepository registrations, CurrentUser currentUser, IdentityAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.access = access;
    }

    EventEntity found(long eventId) {
        return events.findById(eventId).orElseThrow(() -> new UserFacingException("event.error.notFound"));
    }

    boolean maySee(EventEntity event) {
        long me = currentUser.requireId();
        return event.getRegistration() == RegistrationMode.OPEN || mayManage(event) || event.getTrainerIds().contains(me)
                || registrations.findByEventIdAndUserId(event.getId(), me).isPresent();
    }

    boolean mayManage(EventEntity event) {
        return currentUser.hasRole(Role.ADMIN) || access.isInstitutionAdminOf(event.getInstitutionId());
    }

    /** The event, if the signed-in person may see it. */
    EventEntity visible(long eventId) {
        EventEntity event = found(eventId);
        if (!maySee(event)) {
            throw new AccessDeniedException("Not an event you may see");
        }
        return event;
    }

    /** The event, if the signed-in person manages it (its institution's admin, or an administrator). */
    EventEntity manageable(long eventId) {
        EventEntity event = found(eventId);
        if (!mayManage(event)) {
            throw new AccessDeniedException("Not your institution's event");
        }
        return event;
    }

    /** The event, if the signed-in person delivers it: one of its trainers, its institution's admin, or an administrator. */
    EventEntity deliverable(long eventId) {
        EventEntity event = found(eventId);
        if (!event.getTrainerIds().contains(currentUser.requireId()) && !mayManage(event)) {
            throw new AccessDeniedException("Not an event you deliver");
        }
        return event;
    }
}
