package org.cyberbench.learning;

import java.time.Instant;

/** Published when an administrator revokes a certificate (once: revoking it again publishes nothing). */
public record CertificateRevoked(String code, Instant at) {
}
