-- The shared course model: a course has versions; a version has ordered modules with lessons and a quiz.
-- Localised texts are JSON objects {"en": "...", "fr": "..."}; lists are JSON arrays.
CREATE TABLE course (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    slug               VARCHAR(100) NOT NULL,
    current_version_id BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_course_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_version (
    id                          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                     BIGINT      NOT NULL DEFAULT 0,
    course_id                   BIGINT      NOT NULL,
    revision                    INT         NOT NULL,
    content_hash                VARCHAR(64) NOT NULL,
    level                       VARCHAR(20) NOT NULL,
    audiences                   TEXT        NOT NULL,
    delivery_modes              TEXT        NOT NULL,
    languages                   TEXT        NOT NULL,
    estimated_minutes           INT         NOT NULL,
    pass_mark                   INT         NOT NULL,
    certificate_validity_months INT         NOT NULL,
    title                       MEDIUMTEXT  NOT NULL,
    summary                     MEDIUMTEXT  NOT NULL,
    outcomes                    MEDIUMTEXT  NOT NULL,
    imported_at                 DATETIME(6) NOT NULL,
    CONSTRAINT uk_course_version_revision UNIQUE (course_id, revision),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE course
    ADD CONSTRAINT fk_course_current_version FOREIGN KEY (current_version_id) REFERENCES course_version (id);

CREATE TABLE course_module (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    course_version_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    slug              VARCHAR(100) NOT NULL,
    title             MEDIUMTEXT   NOT NULL,
    summary           MEDIUMTEXT   NOT NULL,
    estimated_minutes INT          NOT NULL,
    objectives        MEDIUMTEXT   NOT NULL,
    legal_refs        TEXT         NOT NULL,
    has_quiz          BOOLEAN      NOT NULL,
    quiz_pass_mark    INT          NULL,
    CONSTRAINT uk_course_module_slug UNIQUE (course_version_id, slug),
    CONSTRAINT fk_course_module_version FOREIGN KEY (course_version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    module_id         BIGINT       NOT NULL,
    position          INT          NOT NULL,
    slug              VARCHAR(100) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    estimated_minutes INT          NOT NULL,
    title             MEDIUMTEXT   NOT NULL,
    video_url         VARCHAR(500) NULL,
    CONSTRAINT uk_lesson_slug UNIQUE (module_id, slug),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lesson text (Markdown per language) apart from the lesson, so outlines load without the bodies.
CREATE TABLE lesson_text (
    lesson_id BIGINT     NOT NULL PRIMARY KEY,
    body      MEDIUMTEXT NOT NULL,
    CONSTRAINT fk_lesson_text_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    module_id    BIGINT       NOT NULL,
    position     INT          NOT NULL,
    question_key VARCHAR(50)  NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    legal_ref    VARCHAR(100) NOT NULL,
    text         MEDIUMTEXT   NOT NULL,
    options      MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_quiz_question_key UNIQUE (module_id, question_key),
    CONSTRAINT fk_quiz_question_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An institution's note on a module for its country; keyed by slugs so that it survives new course versions.
CREATE TABLE jurisdiction_note (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    course_slug    VARCHAR(100) NOT NULL,
    module_slug    VARCHAR(100) NOT NULL,
    country        VARCHAR(2)   NOT NULL,
    body           TEXT         NOT NULL,
    author_id      BIGINT       NOT NULL,
    institution_id BIGINT       NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_jurisdiction_note UNIQUE (course_slug, module_slug, country),
    CONSTRAINT fk_jurisdiction_note_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every import of the content tree, so that start-up imports only when the files changed.
CREATE TABLE content_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_hash VARCHAR(64)  NOT NULL,
    source      VARCHAR(500) NOT NULL,
    succeeded   BOOLEAN      NOT NULL,
    summary     MEDIUMTEXT   NOT NULL,
    imported_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
