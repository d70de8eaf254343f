-- Trainer pathway (trainers module): profiles, the pathway each institution sets per course,
-- observed co-delivered sessions, and accreditations (who accredited whom forms the cascade).
CREATE TABLE trainer_profile (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    user_id        BIGINT        NOT NULL,
    institution_id BIGINT        NULL,
    level          VARCHAR(20)   NOT NULL,
    languages   VARCHAR(100)  NOT NULL DEFAULT '',
    specialisms VARCHAR(2000) NOT NULL DEFAULT '',
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_trainer_profile_user UNIQUE (user_id),
    INDEX ix_trainer_profile_institution (institution_id),
    CONSTRAINT fk_trainer_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_trainer_profile_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trainer_pathway (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    institution_id    BIGINT       NOT NULL,
    course_slug       VARCHAR(100) NOT NULL,
    ttt_course_slug   VARCHAR(100) NOT NULL,
    observed_sessions INT          NOT NULL,
    minimum_rating    INT          NOT NULL,
    validity_months   INT          NOT NULL,
    renewal_sessions  INT          NOT NULL,
    CONSTRAINT uk_trainer_pathway UNIQUE (institution_id, course_slug),
    CONSTRAINT fk_trainer_pathway_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trainer_observation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidate_id BIGINT       NOT NULL,
    observer_id  BIGINT       NOT NULL,
    course_slug  VARCHAR(100) NOT NULL,
    event_id     BIGINT       NULL,
    delivered_on DATE         NOT NULL,
    rating       INT          NOT NULL,
    feedback     TEXT         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    INDEX ix_trainer_observation_candidate (candidate_id, course_slug),
    CONSTRAINT fk_trainer_observation_candidate FOREIGN KEY (candidate_id) REFERENCES app_user (id),
    CONSTRAINT fk_trainer_observation_observer FOREIGN KEY (observer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trainer_accreditation (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    trainer_id     BIGINT       NOT NULL,
    course_slug    VARCHAR(100) NOT NULL,
    level          VARCHAR(20)  NOT NULL,
    accredited_by  BIGINT       NOT NULL,
    institution_id BIGINT       NULL,
    accredited_on  DATE         NOT NULL,
    expires_on     DATE         NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    INDEX ix_trainer_accreditation_trainer (trainer_id, course_slug),
    INDEX ix_trainer_accreditation_by (accredited_by),
    INDEX ix_trainer_accreditation_institution (institution_id, expires_on),
    CONSTRAINT fk_trainer_accreditation_trainer FOREIGN KEY (trainer_id) REFERENCES app_user (id),
    CONSTRAINT fk_trainer_accreditation_by FOREIGN KEY (accredited_by) REFERENCES app_user (id),
    CONSTRAINT fk_trainer_accreditation_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Training events (events module): scheduled by an institution for a course or a scenario,
-- with trainers, registrations (invitation, waiting list), attendance, evaluations and the
-- participants' consent to share their contact details with the event's other participants.
CREATE TABLE training_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    institution_id BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    course_slug    VARCHAR(100) NULL,
    scenario_slug  VARCHAR(100) NULL,
    format         VARCHAR(20)  NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    place          VARCHAR(300) NULL,
    online_link    VARCHAR(500) NULL,
    capacity       INT          NOT NULL,
    registration   VARCHAR(20)  NOT NULL,
    language       VARCHAR(8)   NOT NULL,
    cancelled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by     BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    INDEX ix_training_event_institution (institution_id, starts_at),
    INDEX ix_training_event_starts (starts_at),
    CONSTRAINT fk_training_event_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_training_event_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_trainer (
    event_id BIGINT  NOT NULL,
    user_id  BIGINT  NOT NULL,
    PRIMARY KEY (event_id, user_id),
    INDEX ix_event_trainer_user (user_id),
    CONSTRAINT fk_event_trainer_event FOREIGN KEY (event_id) REFERENCES training_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_trainer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_registration (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    event_id       BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    status         VARCHAR(20) NOT NULL,
    registered_at  DATETIME(6) NOT NULL,
    attended       BOOLEAN     NULL,
    attendance_at  DATETIME(6) NULL,
    attendance_by  BIGINT      NULL,
    share_contact  BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_event_registration UNIQUE (event_id, user_id),
    INDEX ix_event_registration_user (user_id),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES training_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_evaluation (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    relevance    INT         NOT NULL,
    quality      INT         NOT NULL,
    practical    INT         NOT NULL,
    comment      TEXT        NULL,
    submitted_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_event_evaluation UNIQUE (event_id, user_id),
    CONSTRAINT fk_event_evaluation_event FOREIGN KEY (event_id) REFERENCES training_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_evaluation_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A scenario run started for an event: signed-in participants who join it are marked present.
CREATE TABLE event_run (
    event_id BIGINT NOT NULL,
    run_id   BIGINT NOT NULL,
    PRIMARY KEY (event_id, run_id),
    CONSTRAINT uk_event_run_run UNIQUE (run_id),
    CONSTRAINT fk_event_run_event FOREIGN KEY (event_id) REFERENCES training_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_run_run FOREIGN KEY (run_id) REFERENCES scenario_run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Blended courses: completed only once the learner attended one of the course's training events.
ALTER TABLE course_version ADD COLUMN requires_attendance BOOLEAN NOT NULL DEFAULT FALSE AFTER certificate_validity_months;

-- Expiry reminders already sent by e-mail (tracking module), so that nobody is told twice.
CREATE TABLE expiry_reminder (
    kind       VARCHAR(20) NOT NULL,
    subject_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (kind, subject_id),
    CONSTRAINT fk_expiry_reminder_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reporting: certificates by holder and expiry, for the institution dashboard and reminders.
CREATE INDEX ix_certificate_expires ON certificate (expires_at);
