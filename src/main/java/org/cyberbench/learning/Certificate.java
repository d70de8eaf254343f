package org.cyberbench.learning;

import java.time.Instant;
import org.cyberbench.shared.LocalizedText;

/** A certificate as its holder, an administrator or the public verification page sees it. */
public record Certificate(String code, String holderName, String courseSlug, LocalizedText courseTitle,
        String institutionName, Instant issuedAt, Instant expiresAt, Instant revokedAt, String revokedReason,
        CertificateStatus status) {
}
