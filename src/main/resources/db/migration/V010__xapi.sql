-- xAPI statements waiting for the Learning Record Store, written in the same transaction as the
-- learning record they describe, and kept after sending for a while (sent_at) or when the LRS
-- refused them for good (failed_at, last_error).
CREATE TABLE xapi_statement (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id    CHAR(36)     NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    failed_at       DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    CONSTRAINT uk_xapi_statement_id UNIQUE (statement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_xapi_statement_due ON xapi_statement (sent_at, failed_at, next_attempt_at);
