package org.cyberbench.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of the tool's RSA keys: the public JWK as published, the private key encrypted (see {@link KeyCipher}). */
@Entity
@Table(name = "lti_tool_key")
class ToolKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String kid;

    @Column(name = "public_jwk", nullable = false, columnDefinition = "TEXT")
    private String publicJwk;

    @Column(name = "private_key", nullable = false, length = 4096)
    private byte[] privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ToolKeyEntity() {
    }

    ToolKeyEntity(String kid, String publicJwk, byte[] privateKey, Instant createdAt) {
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.privateKey = privateKey.clone();
        this.createdAt = createdAt;
        this.active = true;
    }

    String getKid() {
        return kid;
    }

    String getPublicJwk() {
        return publicJwk;
    }

    byte[] getPrivateKey() {
        return privateKey.clone();
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isActive() {
        return active;
    }

    void deactivate() {
        this.active = false;
    }

    void retire(Instant at) {
        this.active = false;
        this.retiredAt = at;
    }

    boolean isRetired() {
        return retiredAt != null;
    }
}
