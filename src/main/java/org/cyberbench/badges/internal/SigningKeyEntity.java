package org.cyberbench.badges.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The platform's Ed25519 key: the 32-byte public key and the 32-byte private seed. */
@Entity
@Table(name = "badge_signing_key")
class SigningKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_id", nullable = false, unique = true, length = 64)
    private String keyId;

    @Column(name = "public_key", nullable = false, length = 32)
    private byte[] publicKey;

    @Column(name = "private_key", nullable = false, length = 32)
    private byte[] privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKeyEntity() {
    }

    SigningKeyEntity(String keyId, byte[] publicKey, byte[] privateKey, Instant createdAt) {
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey.clone();
        this.createdAt = createdAt;
    }

    String getKeyId() {
        return keyId;
    }

    byte[] getPublicKey() {
        return publicKey.clone();
    }

    byte[] getPrivateKey() {
        return privateKey.clone();
    }
}
