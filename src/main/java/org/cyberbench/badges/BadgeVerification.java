package org.cyberbench.badges;

import java.time.Instant;

/**
 * What verifying a badge file found. {@code outcome} says whether it can be trusted; the details are
 * those the credential states (shown only when its signature holds).
 */
public record BadgeVerification(Outcome outcome, String detail, String achievement, String holderName, String issuerName,
        Instant validFrom, Instant validUntil) {

    public enum Outcome {
        /** Signed by this platform, unchanged, not revoked and within its validity. */
        VALID,
        /** Genuine, but its certificate was revoked. */
        REVOKED,
        /** Genuine, but past its validity. */
        EXPIRED,
        /** Not a badge this platform signed, or changed since: it proves nothing. */
        INVALID;

        public String labelKey() {
            return "badge.outcome." + name();
        }
    }

    static BadgeVerification invalid(String detail) {
        return new BadgeVerification(Outcome.INVALID, detail, null, null, null, null, null);
    }
}
