package org.cyberbench.trainers;

import java.time.LocalDate;

/** An accreditation to deliver a course, at a level, granted by a person, for a period. */
public record Accreditation(long id, long trainerId, String trainerName, String courseSlug, TrainerLevel level,
        long accreditedBy, String accreditedByName, LocalDate accreditedOn, LocalDate expiresOn, boolean revoked) {

    public AccreditationStatus status(LocalDate today) {
        return AccreditationStatus.of(revoked, expiresOn, today);
    }
}
