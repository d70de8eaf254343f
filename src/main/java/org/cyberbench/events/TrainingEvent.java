package org.cyberbench.events;

import java.time.ZonedDateTime;
import java.util.List;

/** An event as its screens show it, with the signed-in person's own registration if any. */
public record TrainingEvent(long id, long version, long institutionId, String title, String courseSlug, String scenarioSlug,
        EventFormat format, ZonedDateTime startsAt, ZonedDateTime endsAt, String place, String onlineLink, int capacity,
        RegistrationMode registration, String language, boolean cancelled, List<Person> trainers, int registered,
        int waitlisted, RegistrationStatus myStatus, Boolean iAttended, boolean iShareContact) {

    public record Person(long id, String name) {
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean isTrainer(long userId) {
        return trainers.stream().anyMatch(t -> t.id() == userId);
    }
}
