-- End-of-programme and group questionnaires: versioned templates per programme, answers kept
-- apart from the person (a response names no enrolment), which enrolments have answered, and
-- one-time codes for answering alone on a shared tablet (only a hash of the code is stored).

CREATE TABLE questionnaire_template (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    programme_id BIGINT      NOT NULL,
    purpose      VARCHAR(10) NOT NULL,
    version_no   INT         NOT NULL,
    active       BOOLEAN     NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_questionnaire_version UNIQUE (programme_id, purpose, version_no),
    CONSTRAINT fk_questionnaire_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_questionnaire_purpose CHECK (purpose IN ('EXIT', 'GROUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE questionnaire_item (
    template_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    kind            VARCHAR(5)   NOT NULL,
    text            VARCHAR(300) NOT NULL,
    comment_allowed BOOLEAN      NOT NULL,
    required        BOOLEAN      NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT fk_item_template FOREIGN KEY (template_id) REFERENCES questionnaire_template (id),
    CONSTRAINT ck_item_kind CHECK (kind IN ('SCALE', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE questionnaire_response (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    template_id  BIGINT      NOT NULL,
    programme_id BIGINT      NOT NULL,
    purpose      VARCHAR(10) NOT NULL,
    group_id     BIGINT,
    counts_on    DATE        NOT NULL,
    mode         VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_response_programme (programme_id, purpose, counts_on),
    CONSTRAINT fk_response_template FOREIGN KEY (template_id) REFERENCES questionnaire_template (id),
    CONSTRAINT ck_response_mode CHECK (mode IN ('STAFF', 'ORAL', 'KIOSK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE questionnaire_answer (
    response_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    scale_value TINYINT,
    text        VARCHAR(2000),
    PRIMARY KEY (response_id, position),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES questionnaire_response (id),
    CONSTRAINT ck_answer_scale CHECK (scale_value IS NULL OR scale_value BETWEEN 1 AND 6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- That an enrolment has answered (once per purpose and group), without saying what.
CREATE TABLE questionnaire_given (
    enrolment_id BIGINT      NOT NULL,
    purpose      VARCHAR(10) NOT NULL,
    group_id     BIGINT      NOT NULL DEFAULT 0,
    given_on     DATE        NOT NULL,
    PRIMARY KEY (enrolment_id, purpose, group_id),
    CONSTRAINT fk_given_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE questionnaire_code (
    code_hash    CHAR(64)    NOT NULL,
    template_id  BIGINT      NOT NULL,
    programme_id BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    purpose      VARCHAR(10) NOT NULL,
    group_id     BIGINT      NOT NULL DEFAULT 0,
    created_by   VARCHAR(60) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6),
    PRIMARY KEY (code_hash),
    CONSTRAINT fk_code_template FOREIGN KEY (template_id) REFERENCES questionnaire_template (id),
    CONSTRAINT fk_code_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
