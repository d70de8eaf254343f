package org.cyberbench.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What an institution admin enters to schedule an event. Times are local to the event's time zone;
 * a course, a scenario or both may be named; a place for classroom events, a link for online ones.
 */
public record EventForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String courseSlug,
        @Size(max = 100) String scenarioSlug,
        @NotNull EventFormat format,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 300) String place,
        @Size(max = 500) @Pattern(regexp = "^$|https://\\S+") String onlineLink,
        @Min(1) @Max(1000) int capacity,
        @NotNull RegistrationMode registration,
        @NotBlank @Pattern(regexp = "[a-z]{2}") String language,
        @NotNull Set<Long> trainerIds) {
}
