package org.cyberbench.trainers;

import java.time.LocalDate;

/** An accreditation to deliver a course, at a level, granted by a person, for a period; its status as of the day it was read. */
public record Accreditation(long id, long trainerId, String trainerName, String courseSlug, TrainerLevel level,
        long accreditedBy, String accreditedByName, LocalDate accreditedOn, LocalDate expiresOn, boolean revoked,
        AccreditationStatus status) {
}
