package org.cyberbench.scenario.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberbench.shared.UserFacingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wrong join codes a caller may try before they must wait: a signed-in person counted by account,
 * anyone else by network address. Counted on each node (sessions are sticky, so a classroom's phones
 * stay on one); a run's code is 6 characters from 31, so at this rate guessing one takes years.
 */
@Component
@EnableConfigurationProperties(JoinAttempts.Limits.class)
public class JoinAttempts {

    /** How many wrong codes within {@code window} before joining is refused until the window has passed. */
    @ConfigurationProperties("cyberbench.scenario.join-limit")
    public record Limits(@DefaultValue("10") int wrongCodes, @DefaultValue("10m") Duration window) {
    }

    private final Limits limits;
    private final Cache<String, AtomicInteger> failures;

    JoinAttempts(Limits limits) {
        this.limits = limits;
        this.failures = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
    }

    /** Refuses a caller who has tried too many wrong codes lately, whether or not this code is right. */
    public void check(String caller) {
        AtomicInteger count = failures.getIfPresent(caller);
        if (count != null && count.get() >= limits.wrongCodes()) {
            throw new UserFacingException("run.error.tooManyCodes");
        }
    }

    public void failed(String caller) {
        failures.asMap().compute(caller, (key, count) -> {
            AtomicInteger next = count == null ? new AtomicInteger() : count;
            next.incrementAndGet();
            return next;
        });
    }

    /** The caller as counted: their account if signed in, else the address the request came from. */
    public static String caller(java.util.Optional<Long> userId) {
        return userId.map(id -> "user:" + id).orElseGet(() -> "address:"
                + (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                        ? request.getRequest().getRemoteAddr() : "unknown"));
    }
}
