package org.cyberbench.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated failed logins, so that a password cannot be guessed
 * by trying many. While locked, even the right password is refused; the lock lifts by itself.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    /** Failed sign-ins before an account is locked, and for how long ({@code cyberbench.security.*}). */
    @ConfigurationProperties("cyberbench.security")
    record Limits(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockoutDuration) {
    }

    LoginAttempts(UserRepository users, Clock clock, Limits limits) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = limits.maxFailedLogins();
        this.lockDuration = limits.lockoutDuration();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserEntity.normaliseEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        if (users.incrementFailedLogins(email) == 0) {
            return;
        }
        users.findByEmail(email).filter(user -> user.getFailedLogins() >= maxFailures).ifPresent(user -> {
            users.lock(email, clock.instant().plus(lockDuration));
            log.warn("Account {} locked for {} after {} failed logins", user.getId(), lockDuration, maxFailures);
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CyberbenchUserDetails details) {
            users.resetFailedLogins(details.getUsername());
        }
    }
}
