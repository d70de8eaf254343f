-- Open Badges 3.0: the platform's Ed25519 signing key (shared by every node), and for each certificate
-- issued as a badge its place in the revocation status list and the salt of the holder's hashed e-mail.
CREATE TABLE badge_signing_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    key_id      VARCHAR(64)  NOT NULL,
    public_key  VARBINARY(32) NOT NULL,
    private_key VARBINARY(32) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_badge_signing_key UNIQUE (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE badge_credential (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_code VARCHAR(20) NOT NULL,
    status_index     INT         NOT NULL,
    salt             VARCHAR(32) NOT NULL,
    issued_at        DATETIME(6) NOT NULL,
    revoked_at       DATETIME(6) NULL,
    CONSTRAINT uk_badge_credential_code UNIQUE (certificate_code),
    CONSTRAINT uk_badge_credential_index UNIQUE (status_index)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
