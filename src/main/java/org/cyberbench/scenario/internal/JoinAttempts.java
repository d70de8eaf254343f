package org.cyberbench.scenario.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.cyberbench.shared.UserFacingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wrong join codes a caller may try before they must wait: a signed-in person counted by account,
 * anyone else by network address, where a whole classroom of guests may sit behind one address and
 * so gets more tries. Counted on each node (sessions are sticky, so a classroom's phones stay on
 * one); a run's code is 6 characters from 31, so even at the address rate guessing one takes centuries.
 */
@Component
@EnableConfigurationProperties(JoinAttempts.Limits.class)
public class JoinAttempts {

    /**
     * @param wrongCodes wrong codes a signed-in person may try within {@code window}
     * @param wrongCodesPerAddress wrong codes the guests behind one network address may try together within {@code window}
     * @param window how long a count is kept after its last wrong code; once over the limit, joining waits that long
     */
    @ConfigurationProperties("cyberbench.scenario.join-limit")
    public record Limits(@DefaultValue("10") int wrongCodes, @DefaultValue("60") int wrongCodesPerAddress,
            @DefaultValue("10m") Duration window) {
    }

    /** Who is counted, and how many wrong codes they may try. */
    public record Caller(String key, int limit) {
    }

    private final Limits limits;
    private final Cache<String, Integer> failures;

    JoinAttempts(Limits limits) {
        this.limits = limits;
        this.failures = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
    }

    /** The caller as counted: their account if signed in, else the address the request came from. */
    public Caller caller(Optional<Long> userId) {
        return userId.map(id -> new Caller("user:" + id, limits.wrongCodes())).orElseGet(() -> new Caller("address:"
                + (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                        ? request.getRequest().getRemoteAddr() : "unknown"), limits.wrongCodesPerAddress()));
    }

    /** Refuses a caller who has tried too many wrong codes lately, whether or not this code is right. */
    public void check(Caller caller) {
        Integer count = failures.getIfPresent(caller.key());
        if (count != null && count >= caller.limit()) {
            throw new UserFacingException("run.error.tooManyCodes");
        }
    }

    public void failed(Caller caller) {
        failures.asMap().merge(caller.key(), 1, Integer::sum);
    }
}
