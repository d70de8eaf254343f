package org.cyberbench.learning;

public enum CertificateStatus {
    VALID, EXPIRED, REVOKED;

    public String labelKey() {
        return "certificate.status." + name();
    }

    /** The sentence the public verification page shows for this status. */
    public String verificationKey() {
        return "verify.status." + name();
    }
}
