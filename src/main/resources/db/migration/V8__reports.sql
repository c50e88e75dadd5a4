-- The coordinator's periodic reports: drafts the coordinator writes and finishes later, and the
-- published PDFs the board reads. A published report is immutable (triggers refuse updates and
-- deletes); a corrected report is a new version beside the old one.

CREATE TABLE report_draft (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    programme_id        BIGINT       NOT NULL,
    kind                VARCHAR(12)  NOT NULL,
    period_from         DATE         NOT NULL,
    period_to           DATE         NOT NULL,
    compare_previous    BOOLEAN      NOT NULL,
    purpose_text        TEXT,
    result_comment      TEXT,
    method_text         TEXT,
    group_text          TEXT,
    challenges_text     TEXT,
    comments_text       TEXT,
    place               VARCHAR(60),
    signed_on           DATE,
    signature           VARCHAR(120),
    created_by          VARCHAR(60)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    published_version   INT,
    changed_since_publish BOOLEAN    NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    KEY ix_report_draft_programme (programme_id, period_from),
    CONSTRAINT fk_report_draft_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_report_draft_kind CHECK (kind IN ('DELAR', 'HELAR', 'SLUTRAPPORT')),
    CONSTRAINT ck_report_draft_period CHECK (period_to >= period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Questionnaire comments the coordinator quotes, in the order picked.
CREATE TABLE report_draft_quote (
    draft_id BIGINT        NOT NULL,
    position INT           NOT NULL,
    text     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (draft_id, position),
    CONSTRAINT fk_quote_draft FOREIGN KEY (draft_id) REFERENCES report_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE published_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id   BIGINT       NOT NULL,
    programme_name VARCHAR(100) NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    version_no     INT          NOT NULL,
    author         VARCHAR(60)  NOT NULL,
    author_name    VARCHAR(100) NOT NULL,
    published_at   DATETIME(6)  NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    size_bytes     INT          NOT NULL,
    pdf            LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_published_version UNIQUE (programme_id, kind, period_from, period_to, version_no),
    KEY ix_published_period (period_from),
    CONSTRAINT fk_published_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_published_kind CHECK (kind IN ('DELAR', 'HELAR', 'SLUTRAPPORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TRIGGER published_report_no_update BEFORE UPDATE ON published_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published_report is immutable';

CREATE TRIGGER published_report_no_delete BEFORE DELETE ON published_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published_report is immutable';
