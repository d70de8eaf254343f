package org.cyberbench.events;

/** A line of the attendance list: who registered or was invited, and whether they were there. */
public record Attendee(long userId, String name, RegistrationStatus status, Boolean attended) {
}
