package org.cyberbench.learning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.learning.internal.CertificatePdf;
import org.cyberbench.learning.internal.CertificateEntity;
import org.cyberbench.learning.internal.CertificateRepository;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.ExpiryWarning;
import org.cyberbench.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: the holder's list and PDF, the public verification by code (which shows whether a
 * certificate is valid, expired or revoked and nothing else about the person), and revocation.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CertificateService {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository certificates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ExpiryWarning expiry;
    private final PublicAddress publicAddress;
    private final ApplicationEventPublisher events;

    CertificateService(CertificateRepository certificates, CurrentUser currentUser, Clock clock,
            PublicAddress publicAddress, ExpiryWarning expiry, ApplicationEventPublisher events) {
        this.expiry = expiry;
        this.certificates = certificates;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    /** Anyone, signed in or not, may check a code; an unknown code gives nothing. */
    @PreAuthorize("permitAll()")
    public Optional<Certificate> verify(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z0-9-]{4,20}")) {
            return Optional.empty();
        }
        return certificates.findByCode(normalised).map(c -> toRecord(c, clock.instant()));
    }

    /** Whether the person holds a valid (issued, not expired, not revoked) certificate of the course. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN') or @identityAccess.canView(#userId)")
    public boolean holdsValid(long userId, String courseSlug) {
        return certificates.existsByUserIdAndCourseSlugAndRevokedAtIsNullAndExpiresAtAfter(userId, courseSlug, clock.instant());
    }

    /** Certificates of an institution's members, counted by course and status (expiring: see {@link ExpiryWarning}). */
    public record StatusCount(String courseSlug, String status, long count) {
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<StatusCount> statusCounts(long institutionId) {
        java.time.Instant now = clock.instant();
        return certificates.statusCounts(institutionId, now, expiry.horizon(now)).stream()
                .map(row -> new StatusCount(row.getCourseSlug(), row.getStatus(), row.getTotal())).toList();
    }

    /** A certificate that is expiring ({@link ExpiryWarning}). */
    public record Expiring(long certificateId, long userId, String holderName, String courseSlug, String code, java.time.Instant expiresAt) {
    }

    /** Expiring certificates: of one institution's members, or (administrators, reminders) of everyone. */
    @PreAuthorize("hasRole('ADMIN') or (#institutionId != null and @identityAccess.isInstitutionAdminOf(#institutionId))")
    public List<Expiring> expiring(Long institutionId) {
        java.time.Instant now = clock.instant();
        return certificates.expiring(institutionId, now, expiry.horizon(now)).stream()
                .map(row -> new Expiring(row.getId(), row.getUserId(), row.getHolderName(), row.getCourseSlug(), row.getCode(),
                        row.expiresAt())).toList();
    }

    public List<Certificate> mine() {
        return certificates.findByUserIdOrderByIssuedAtDesc(currentUser.requireId()).stream()
                .map(c -> toRecord(c, clock.instant())).toList();
    }

    /** The certificate as a PDF, for its holder or an administrator. */
    public byte[] pdf(String code, Locale locale) {
        CertificateEntity certificate = certificates.findByCode(code)
                .orElseThrow(() -> new UserFacingException("certificate.error.notFound"));
        if (certificate.getUserId() != currentUser.requireId() && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not your certificate");
        }
        return CertificatePdf.render(toRecord(certificate, clock.instant()), verificationUrl(code), locale);
    }

    public String verificationUrl(String code) {
        return publicAddress.link("/verify/" + code);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Certificate> search(String text) {
        String needle = text == null ? "" : text.strip();
        return certificates.findTop50ByCodeContainingOrHolderNameContainingOrderByIssuedAtDesc(needle.toUpperCase(Locale.ROOT), needle)
                .stream().map(c -> toRecord(c, clock.instant())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Certificate revoke(String code, String reason) {
        CertificateEntity certificate = certificates.findByCode(code)
                .orElseThrow(() -> new UserFacingException("certificate.error.notFound"));
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("certificate.error.reasonRequired");
        }
        if (certificate.getRevokedAt() == null) {
            certificate.revoke(reason.strip(), clock.instant());
            events.publishEvent(new CertificateRevoked(certificate.getCode(), certificate.getRevokedAt()));
        }
        return toRecord(certificate, clock.instant());
    }

    static Certificate toRecord(CertificateEntity c, Instant now) {
        CertificateStatus status = c.getRevokedAt() != null ? CertificateStatus.REVOKED
                : c.getExpiresAt().isBefore(now) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
        return new Certificate(c.getCode(), c.getHolderName(), c.getCourseSlug(), c.getCourseTitle(),
                c.getInstitutionName(), c.getIssuedAt(), c.getExpiresAt(), c.getRevokedAt(), c.getRevokedReason(), status);
    }

    /** A code that is hard to guess and easy to read aloud: 12 characters, no 0/O or 1/I/L. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
