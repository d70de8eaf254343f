package org.cyberbench.course;

import java.time.Instant;

/** An institution's note on how a module's subject works in its country. */
public record JurisdictionNote(long id, long version, String courseSlug, String moduleSlug, String country,
        String body, Instant updatedAt) {
}
