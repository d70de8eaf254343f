package org.cyberbench.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedTextConverter;

/** A certificate as issued: the holder's name and course title are kept as they were on the day. */
@Entity
@Table(name = "certificate")
public class CertificateEntity extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "enrolment_id", nullable = false, unique = true)
    private long enrolmentId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "holder_name", nullable = false, length = 120)
    private String holderName;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(name = "course_title", nullable = false, columnDefinition = "mediumtext")
    private LocalizedText courseTitle;

    @Column(name = "institution_name", length = 200)
    private String institutionName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 500)
    private String revokedReason;

    protected CertificateEntity() {
    }

    public CertificateEntity(String code, long userId, long enrolmentId, long courseVersionId, String courseSlug,
            String holderName, LocalizedText courseTitle, String institutionName, Instant issuedAt, Instant expiresAt) {
        this.code = code;
        this.userId = userId;
        this.enrolmentId = enrolmentId;
        this.courseVersionId = courseVersionId;
        this.courseSlug = courseSlug;
        this.holderName = holderName;
        this.courseTitle = courseTitle;
        this.institutionName = institutionName;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public void revoke(String reason, Instant now) {
        this.revokedAt = now;
        this.revokedReason = reason;
    }

    public String getCode() {
        return code;
    }

    public long getUserId() {
        return userId;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalizedText getCourseTitle() {
        return courseTitle;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
