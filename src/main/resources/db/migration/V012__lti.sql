-- LMS integration (lti module): LTI 1.3 platforms (Moodle sites) that launch Cyberbench, the tool's
-- own signing keys, accounts linked by the platform's issuer + subject, the resource links a course or
-- scenario is placed in, single-use login states and used nonces, launches kept for deep linking, and
-- the outbox of scores waiting to be sent to the platforms' gradebooks.

CREATE TABLE lti_platform (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    name            VARCHAR(200)  NOT NULL,
    issuer          VARCHAR(255)  NOT NULL,
    client_id       VARCHAR(255)  NOT NULL,
    auth_url        VARCHAR(1000) NOT NULL,
    token_url       VARCHAR(1000) NOT NULL,
    jwks_url        VARCHAR(1000) NOT NULL,
    -- the service scopes the platform granted at dynamic registration (space separated); null when added by hand
    granted_scopes  VARCHAR(2000) NULL,
    status          VARCHAR(16)   NOT NULL,
    registered_how  VARCHAR(16)   NOT NULL,
    registered_at   DATETIME(6)   NOT NULL,
    registered_by   BIGINT        NULL,
    CONSTRAINT uk_lti_platform UNIQUE (issuer, client_id),
    CONSTRAINT fk_lti_platform_registered_by FOREIGN KEY (registered_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lti_deployment (
    platform_id     BIGINT        NOT NULL,
    deployment_id   VARCHAR(255)  NOT NULL,
    PRIMARY KEY (platform_id, deployment_id),
    CONSTRAINT fk_lti_deployment_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tool's RSA keys. The private key (PKCS#8) is encrypted with AES-256-GCM under a key derived from
-- cyberbench.lti.key-secret (or a secret file generated in the data directory), so a database dump alone
-- does not give it away; the public half is published at /lti/jwks while the key is not retired.
CREATE TABLE lti_tool_key (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kid             VARCHAR(64)   NOT NULL,
    public_jwk      TEXT          NOT NULL,
    private_key     VARBINARY(4096) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    active          BOOLEAN       NOT NULL,
    retired_at      DATETIME(6)   NULL,
    CONSTRAINT uk_lti_tool_key_kid UNIQUE (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One Cyberbench account per person of a platform, found again by the platform's issuer and subject
-- (never by e-mail).
CREATE TABLE lti_account_link (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issuer          VARCHAR(255)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    user_id         BIGINT        NOT NULL,
    platform_id     BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    last_launch_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_lti_account_link UNIQUE (issuer, subject),
    INDEX ix_lti_account_link_user (user_id),
    CONSTRAINT fk_lti_account_link_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_lti_account_link_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A placement of Cyberbench in a platform's course (an LTI resource link), what it opens, and the
-- grade (AGS) and roster (NRPS) service addresses the platform gave with it.
CREATE TABLE lti_resource_link (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    platform_id      BIGINT        NOT NULL,
    deployment_id    VARCHAR(255)  NOT NULL,
    resource_link_id VARCHAR(255)  NOT NULL,
    title            VARCHAR(500)  NULL,
    context_id       VARCHAR(255)  NULL,
    context_title    VARCHAR(500)  NULL,
    target_kind      VARCHAR(16)   NULL,
    target_slug      VARCHAR(100)  NULL,
    lineitems_url    VARCHAR(1000) NULL,
    lineitem_url     VARCHAR(1000) NULL,
    ags_scopes       VARCHAR(1000) NULL,
    memberships_url  VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_lti_resource_link UNIQUE (platform_id, deployment_id, resource_link_id),
    INDEX ix_lti_resource_link_target (target_kind, target_slug),
    CONSTRAINT fk_lti_resource_link_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who came through a resource link, as whom (the platform's subject), and what was last reported for them.
CREATE TABLE lti_link_user (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    resource_link_id BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    subject          VARCHAR(255)  NOT NULL,
    instructor       BOOLEAN       NOT NULL,
    last_launch_at   DATETIME(6)   NOT NULL,
    reported_score   DECIMAL(7, 2) NULL,
    reported_at      DATETIME(3)   NULL,
    run_id           BIGINT        NULL,
    run_points       INT           NOT NULL DEFAULT 0,
    run_maximum      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_lti_link_user UNIQUE (resource_link_id, user_id),
    INDEX ix_lti_link_user_user (user_id),
    CONSTRAINT fk_lti_link_user_link FOREIGN KEY (resource_link_id) REFERENCES lti_resource_link (id),
    CONSTRAINT fk_lti_link_user_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Login initiation state: random, single use (deleted when the launch comes back), expires after minutes.
CREATE TABLE lti_state (
    state            VARCHAR(64)   NOT NULL PRIMARY KEY,
    nonce            VARCHAR(64)   NOT NULL,
    platform_id      BIGINT        NOT NULL,
    target_link_uri  VARCHAR(1000) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    INDEX ix_lti_state_expires (expires_at),
    CONSTRAINT fk_lti_state_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nonces of accepted id_tokens, kept past the token's expiry, so the same token cannot be posted twice.
CREATE TABLE lti_nonce (
    platform_id      BIGINT        NOT NULL,
    nonce            VARCHAR(255)  NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (platform_id, nonce),
    INDEX ix_lti_nonce_expires (expires_at),
    CONSTRAINT fk_lti_nonce_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A deep-linking launch, kept on the server (the picker reads it by its random id, for its own user only)
-- until the response is sent back to the platform.
CREATE TABLE lti_launch (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_id          BIGINT        NOT NULL,
    platform_id      BIGINT        NOT NULL,
    deployment_id    VARCHAR(255)  NOT NULL,
    context_title    VARCHAR(500)  NULL,
    return_url       VARCHAR(2000) NOT NULL,
    accept_multiple  BOOLEAN       NOT NULL,
    accept_line_item BOOLEAN       NOT NULL,
    accept_window    BOOLEAN       NOT NULL,
    data             VARCHAR(2000) NULL,
    response_jwt     TEXT          NULL,
    responded_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    INDEX ix_lti_launch_expires (expires_at),
    CONSTRAINT fk_lti_launch_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_lti_launch_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scores to send (AGS), written in the same transaction as the learning record they come from and
-- delivered by a scheduled sender with retries and backoff; source_key makes enqueueing idempotent.
CREATE TABLE lti_grade_outbox (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    source_key        VARCHAR(190)  NOT NULL,
    resource_link_id  BIGINT        NOT NULL,
    user_id           BIGINT        NOT NULL,
    subject           VARCHAR(255)  NOT NULL,
    score_given       DECIMAL(7, 2) NULL,
    score_maximum     DECIMAL(7, 2) NULL,
    activity_progress VARCHAR(16)   NOT NULL,
    grading_progress  VARCHAR(16)   NOT NULL,
    comment           VARCHAR(500)  NULL,
    score_at          DATETIME(3)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)   NOT NULL,
    claimed_until     DATETIME(6)   NULL,
    last_error        VARCHAR(500)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6)   NULL,
    CONSTRAINT uk_lti_grade_outbox_source UNIQUE (source_key),
    INDEX ix_lti_grade_outbox_due (status, next_attempt_at),
    CONSTRAINT fk_lti_grade_outbox_link FOREIGN KEY (resource_link_id) REFERENCES lti_resource_link (id),
    CONSTRAINT fk_lti_grade_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
