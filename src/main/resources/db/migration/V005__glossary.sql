-- The multilingual glossary: a concept has a subject field, legal references, related concepts,
-- a definition and source per language (JSON objects) and terms per language.
CREATE TABLE glossary_concept (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    concept_key   VARCHAR(100) NOT NULL,
    subject_field VARCHAR(50)  NOT NULL,
    legal_refs    TEXT         NOT NULL,
    related       TEXT         NOT NULL,
    definitions   MEDIUMTEXT   NOT NULL,
    sources       MEDIUMTEXT   NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_glossary_concept_key UNIQUE (concept_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE glossary_term (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concept_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    term       VARCHAR(300) NOT NULL,
    term_type  VARCHAR(20)  NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    usage_note TEXT         NULL,
    CONSTRAINT fk_glossary_term_concept FOREIGN KEY (concept_id) REFERENCES glossary_concept (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_glossary_term_text ON glossary_term (term);

CREATE TABLE glossary_import (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_hash VARCHAR(64) NOT NULL,
    summary     TEXT        NOT NULL,
    imported_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
