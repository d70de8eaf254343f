-- Institutions and membership (a user belongs to at most one institution).
CREATE TABLE institution (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    name       VARCHAR(200) NOT NULL,
    country    VARCHAR(2)   NOT NULL,
    type       VARCHAR(40)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_institution_name_country UNIQUE (name, country)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE app_user
    ADD CONSTRAINT fk_app_user_institution FOREIGN KEY (institution_id) REFERENCES institution (id);
