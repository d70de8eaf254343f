package org.cyberbench.trainers;

import java.time.LocalDate;

/** An accreditation's status on a given day; "expiring" means it ends by the warning horizon ({@code ExpiryWarning}). */
public enum AccreditationStatus {
    VALID, EXPIRING, EXPIRED, REVOKED;

    public static AccreditationStatus of(boolean revoked, LocalDate expiresOn, LocalDate today, LocalDate horizon) {
        if (revoked) {
            return REVOKED;
        }
        if (!expiresOn.isAfter(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(horizon) ? VALID : EXPIRING;
    }

    public String labelKey() {
        return "accreditation.status." + name();
    }
}
