package org.cyberbench.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A platform's person (issuer + subject) and the Cyberbench account they sign in as. */
@Entity
@Table(name = "lti_account_link")
class AccountLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_launch_at", nullable = false)
    private Instant lastLaunchAt;

    protected AccountLinkEntity() {
    }

    AccountLinkEntity(String issuer, String subject, long userId, long platformId, Instant now) {
        this.issuer = issuer;
        this.subject = subject;
        this.userId = userId;
        this.platformId = platformId;
        this.createdAt = now;
        this.lastLaunchAt = now;
    }

    long getUserId() {
        return userId;
    }

    String getSubject() {
        return subject;
    }

    void launched(Instant at) {
        this.lastLaunchAt = at;
    }
}
