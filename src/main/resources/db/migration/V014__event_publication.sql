-- Spring Modulith's event publication registry (its v2 schema for MariaDB, as the library ships it):
-- an event for an @ApplicationModuleListener is written here in the publishing transaction and
-- marked complete when the listener has run; what a crash left incomplete is published again.
CREATE TABLE EVENT_PUBLICATION
(
  ID                     VARCHAR(36)   NOT NULL,
  LISTENER_ID            VARCHAR(512)  NOT NULL,
  EVENT_TYPE             VARCHAR(512)  NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6)  DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6),
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
