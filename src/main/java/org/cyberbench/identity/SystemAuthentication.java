package org.cyberbench.identity;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, content import) as the platform itself, with the administrator
 * role, so that secured service methods can be used outside a user's request.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
