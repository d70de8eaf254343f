package org.cyberbench;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cyberbench.identity.Profession;
import org.cyberbench.identity.RegistrationRequest;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates users with unique e-mails and runs code as one of them, through the real services. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger counter = new AtomicInteger();

    private final UserService users;
    private final UserDetailsService userDetails;

    TestUsers(UserService users, UserDetailsService userDetails) {
        this.users = users;
        this.userDetails = userDetails;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@test.cyberbench.org";
    }

    public UserAccount create(String name, Role... roles) {
        RegistrationRequest request = new RegistrationRequest(name, uniqueEmail(name.toLowerCase().replace(' ', '.')),
                PASSWORD, Profession.JUDGE, "FR", "en");
        return SystemAuthentication.runAsSystem(() -> users.create(request, Set.of(roles)));
    }

    public <T> T as(UserAccount user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails details = userDetails.loadUserByUsername(user.email());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(UserAccount user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
