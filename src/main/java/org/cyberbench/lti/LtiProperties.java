package org.cyberbench.lti;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the LTI tool: {@code cyberbench.lti.*}, plus the two platform-wide settings it
 * needs, the public address ({@code cyberbench.public-url}, from which every URL given to an LMS is
 * built) and the data directory (where a key-encryption secret is generated when none is configured).
 */
@ConfigurationProperties("cyberbench")
public record LtiProperties(String publicUrl, Path dataDir, @DefaultValue Lti lti) {

    /**
     * @param stateTtl how long a login initiation waits for the platform's answer
     * @param clockSkew tolerated difference between the platform's clock and ours (exp, iat)
     * @param instructorsBecomeTrainers whether a platform's instructors get the trainer role (off: learner only)
     * @param defaultCountry country of a new account when the launch's locale names none (ZZ: unknown)
     * @param keySecret secret that encrypts the tool's private keys; empty: a secret file in the data directory
     */
    public record Lti(
            @DefaultValue("PT10M") Duration stateTtl,
            @DefaultValue("PT60S") Duration clockSkew,
            @DefaultValue("false") boolean instructorsBecomeTrainers,
            @DefaultValue("ZZ") String defaultCountry,
            String keySecret,
            @DefaultValue Registration registration,
            @DefaultValue Grades grades,
            @DefaultValue Http http) {
    }

    /**
     * Dynamic registration. The platform's configuration URL comes from whoever opens the
     * registration page, so only https and public addresses are fetched, except these hosts, which
     * may also be reached over plain http (for a platform on the same machine in development or tests).
     */
    public record Registration(@DefaultValue List<String> allowHttpHosts) {
    }

    /**
     * @param pollInterval how often the sender looks for due scores
     * @param firstRetry the wait after the first failed delivery; it doubles with every further failure
     * @param maxRetry the longest wait between two attempts
     * @param batchSize how many scores one run of the sender delivers at most
     */
    public record Grades(
            @DefaultValue("PT15S") Duration pollInterval,
            @DefaultValue("PT30S") Duration firstRetry,
            @DefaultValue("PT6H") Duration maxRetry,
            @DefaultValue("50") int batchSize) {
    }

    /** Limits on every call to a platform (JWKS, token, grades, roster, registration). */
    public record Http(
            @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("PT15S") Duration readTimeout,
            @DefaultValue("1048576") int maxResponseBytes) {
    }
}
