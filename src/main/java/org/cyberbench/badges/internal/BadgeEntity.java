package org.cyberbench.badges.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A certificate issued as a badge: its bit in the status list, the salt of the hashed e-mail, whether it was revoked. */
@Entity
@Table(name = "badge_credential")
public class BadgeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_code", nullable = false, unique = true, length = 20)
    private String certificateCode;

    @Column(name = "status_index", nullable = false, unique = true)
    private int statusIndex;

    @Column(nullable = false, length = 32)
    private String salt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected BadgeEntity() {
    }

    BadgeEntity(String certificateCode, int statusIndex, String salt, Instant issuedAt) {
        this.certificateCode = certificateCode;
        this.statusIndex = statusIndex;
        this.salt = salt;
        this.issuedAt = issuedAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public String getSalt() {
        return salt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
