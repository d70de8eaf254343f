-- SCORM packages an editor imported: the unpacked files live under <data-dir>/scorm/<storage_key>/,
-- the row keeps what the manifest says about launching the first SCO and how the catalogue shows it.
CREATE TABLE scorm_package (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    storage_key          CHAR(36)      NOT NULL,
    manifest_identifier  VARCHAR(255)  NOT NULL,
    scorm_version        VARCHAR(16)   NOT NULL,
    edition              VARCHAR(40)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    summary              VARCHAR(2000) NOT NULL,
    language             VARCHAR(35)   NOT NULL,
    level                VARCHAR(20)   NOT NULL,
    launch_path          VARCHAR(2000) NOT NULL,
    sco_title            VARCHAR(500)  NOT NULL,
    mastery_score        DECIMAL(6, 2) NULL,
    scaled_passing_score DECIMAL(8, 7) NULL,
    completion_threshold DECIMAL(8, 7) NULL,
    launch_data          TEXT          NULL,
    max_time_allowed     VARCHAR(40)   NULL,
    time_limit_action    VARCHAR(40)   NULL,
    file_count           INT           NOT NULL,
    unpacked_bytes       BIGINT        NOT NULL,
    published            BOOLEAN       NOT NULL,
    imported_by          BIGINT        NOT NULL,
    imported_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uk_scorm_package_storage UNIQUE (storage_key),
    CONSTRAINT fk_scorm_package_importer FOREIGN KEY (imported_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One learner's attempt at a package: the SCO's run-time data (CMI) as JSON, and what the platform
-- reads from it. An attempt stays open while the SCO suspends; a SCORM 2004 attempt that ends any
-- other way is closed and the next launch starts a new one.
CREATE TABLE scorm_attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    package_id        BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    number            INT          NOT NULL,
    cmi               MEDIUMTEXT   NOT NULL,
    last_sequence     BIGINT       NOT NULL,
    completion        VARCHAR(20)  NOT NULL,
    success           VARCHAR(20)  NOT NULL,
    score_scaled      DECIMAL(8, 7) NULL,
    total_seconds     BIGINT       NOT NULL,
    launches          INT          NOT NULL,
    suspended         BOOLEAN      NOT NULL,
    closed            BOOLEAN      NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6)  NULL,
    CONSTRAINT uk_scorm_attempt UNIQUE (package_id, user_id, number),
    CONSTRAINT fk_scorm_attempt_package FOREIGN KEY (package_id) REFERENCES scorm_package (id),
    CONSTRAINT fk_scorm_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_scorm_attempt_user ON scorm_attempt (user_id, package_id);
