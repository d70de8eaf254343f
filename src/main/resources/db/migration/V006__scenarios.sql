-- Scenarios (imported from course-content/scenarios; the definition is kept as JSON per version)
-- and their live runs: teams, participants, decisions (one per team and decision), reveals.
CREATE TABLE scenario_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(100) NOT NULL,
    revision     INT          NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    definition   MEDIUMTEXT   NOT NULL,
    current      BOOLEAN      NOT NULL,
    imported_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_scenario_version UNIQUE (slug, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scenario_run (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    scenario_version_id BIGINT      NOT NULL,
    trainer_id          BIGINT      NOT NULL,
    join_code           VARCHAR(12) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    phase               INT         NOT NULL,
    phase_started_at    DATETIME(6) NULL,
    guests_allowed      BOOLEAN     NOT NULL,
    trainer_notes       TEXT        NULL,
    created_at          DATETIME(6) NOT NULL,
    closed_at           DATETIME(6) NULL,
    CONSTRAINT uk_scenario_run_code UNIQUE (join_code),
    CONSTRAINT fk_scenario_run_version FOREIGN KEY (scenario_version_id) REFERENCES scenario_version (id),
    CONSTRAINT fk_scenario_run_trainer FOREIGN KEY (trainer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE run_team (
    id     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id BIGINT       NOT NULL,
    name   VARCHAR(100) NOT NULL,
    CONSTRAINT fk_run_team_run FOREIGN KEY (run_id) REFERENCES scenario_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE run_participant (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    run_id       BIGINT       NOT NULL,
    team_id      BIGINT       NULL,
    role         VARCHAR(30)  NULL,
    user_id      BIGINT       NULL,
    display_name VARCHAR(120) NOT NULL,
    token        VARCHAR(64)  NOT NULL,
    joined_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_run_participant_token UNIQUE (token),
    CONSTRAINT fk_run_participant_run FOREIGN KEY (run_id) REFERENCES scenario_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_run_participant_team FOREIGN KEY (team_id) REFERENCES run_team (id),
    CONSTRAINT fk_run_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE run_decision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id        BIGINT       NOT NULL,
    decision_id    VARCHAR(100) NOT NULL,
    option_id      VARCHAR(20)  NOT NULL,
    role           VARCHAR(30)  NOT NULL,
    participant_id BIGINT       NOT NULL,
    justification  TEXT         NULL,
    decided_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_run_decision UNIQUE (team_id, decision_id),
    CONSTRAINT fk_run_decision_team FOREIGN KEY (team_id) REFERENCES run_team (id) ON DELETE CASCADE,
    CONSTRAINT fk_run_decision_participant FOREIGN KEY (participant_id) REFERENCES run_participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE run_reveal (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id    BIGINT       NOT NULL,
    inject_id VARCHAR(100) NOT NULL,
    CONSTRAINT uk_run_reveal UNIQUE (run_id, inject_id),
    CONSTRAINT fk_run_reveal_run FOREIGN KEY (run_id) REFERENCES scenario_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
