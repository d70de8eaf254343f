package org.cyberbench.identity;

import java.time.Instant;
import java.util.Set;

/** A user as other modules and the UI see it: profile, roles and account state, never the password. */
public record UserAccount(
        long id,
        long version,
        String email,
        String fullName,
        Profession profession,
        String country,
        Long institutionId,
        String preferredLanguage,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        Instant createdAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
