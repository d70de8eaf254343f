-- Identity: users with their profile, roles, login lock-out state; platform settings.
CREATE TABLE app_user (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    email              VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    full_name          VARCHAR(120) NOT NULL,
    profession         VARCHAR(32)  NOT NULL,
    country            VARCHAR(2)   NOT NULL,
    institution_id     BIGINT       NULL,
    preferred_language VARCHAR(8)   NOT NULL,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_institution ON app_user (institution_id);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_setting (
    name          VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
