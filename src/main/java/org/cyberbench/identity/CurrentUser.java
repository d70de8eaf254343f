package org.cyberbench.identity;

import java.util.Optional;
import org.cyberbench.identity.internal.CyberbenchUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the signed-in user's id and roles, read from the security context. */
@Component
public class CurrentUser {

    public Optional<Long> id() {
        return details().map(CyberbenchUserDetails::userId);
    }

    public long requireId() {
        return id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public boolean isSignedIn() {
        return details().isPresent();
    }

    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    private static Optional<CyberbenchUserDetails> details() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CyberbenchUserDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }
}
