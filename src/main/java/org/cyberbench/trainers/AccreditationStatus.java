package org.cyberbench.trainers;

import java.time.LocalDate;

/** An accreditation's status on a given day; "expiring" means within the next 90 days. */
public enum AccreditationStatus {
    VALID, EXPIRING, EXPIRED, REVOKED;

    public static final int EXPIRING_DAYS = 90;

    public static AccreditationStatus of(boolean revoked, LocalDate expiresOn, LocalDate today) {
        if (revoked) {
            return REVOKED;
        }
        if (!expiresOn.isAfter(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(EXPIRING_DAYS)) ? VALID : EXPIRING;
    }

    public String labelKey() {
        return "accreditation.status." + name();
    }
}
