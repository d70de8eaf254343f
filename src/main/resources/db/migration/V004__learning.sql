-- Learning records: enrolments (on the course version the learner started), lesson progress,
-- quiz attempts with their answers, and certificates.
CREATE TABLE enrolment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    course_slug       VARCHAR(100) NOT NULL,
    enrolled_at       DATETIME(6)  NOT NULL,
    last_lesson_id    BIGINT       NULL,
    last_activity_at  DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6)  NULL,
    CONSTRAINT uk_enrolment UNIQUE (user_id, course_version_id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrolment_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_user_slug ON enrolment (user_id, course_slug);

CREATE TABLE lesson_progress (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT      NOT NULL,
    lesson_id    BIGINT      NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_lesson_progress UNIQUE (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- open_module_id equals module_id while the attempt is open and is NULL once submitted, so the
-- unique key allows one open attempt per enrolment and module (MariaDB allows many NULLs).
CREATE TABLE quiz_attempt (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    enrolment_id   BIGINT      NOT NULL,
    module_id      BIGINT      NOT NULL,
    open_module_id BIGINT      NULL,
    layout         MEDIUMTEXT  NOT NULL,
    answers        MEDIUMTEXT  NOT NULL,
    score          INT         NULL,
    passed         BOOLEAN     NULL,
    started_at     DATETIME(6) NOT NULL,
    submitted_at   DATETIME(6) NULL,
    CONSTRAINT uk_quiz_attempt_open UNIQUE (enrolment_id, open_module_id),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_quiz_attempt_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_quiz_attempt_module ON quiz_attempt (enrolment_id, module_id);

CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    code              VARCHAR(20)  NOT NULL,
    user_id           BIGINT       NOT NULL,
    enrolment_id      BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    course_slug       VARCHAR(100) NOT NULL,
    holder_name       VARCHAR(120) NOT NULL,
    course_title      MEDIUMTEXT   NOT NULL,
    institution_name  VARCHAR(200) NULL,
    issued_at         DATETIME(6)  NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_reason    VARCHAR(500) NULL,
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_user ON certificate (user_id);
