-- Audit log, retention (gallring) and account hardening.

-- Every read and change of personal data. Append-only: the triggers below refuse UPDATE and
-- DELETE for every database user, and each entry carries the hash of the one before it, so that
-- an entry changed or removed behind the triggers' back breaks the chain (AuditService.verify).
-- Times are UTC.
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL,
    occurred_at_utc DATETIME(3)   NOT NULL,
    username        VARCHAR(60)   NOT NULL,
    action          VARCHAR(30)   NOT NULL,
    person_id       BIGINT,
    enrolment_id    BIGINT,
    details         TEXT,
    remote_addr     VARCHAR(45),
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_audit_person ON audit_entry (person_id, id);
CREATE INDEX ix_audit_user ON audit_entry (username, id);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at_utc);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

-- The end of the chain: one row, locked while an entry is appended, so entries line up one by one.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Retention: anonymise an enrolment this many years after it ended (NULL: never).
ALTER TABLE programme ADD COLUMN retention_years INT;
ALTER TABLE programme ADD CONSTRAINT ck_programme_retention CHECK (retention_years IS NULL OR retention_years BETWEEN 1 AND 50);

-- When retention made the enrolment anonymous (its free texts cleared, its person anonymous).
ALTER TABLE enrolment ADD COLUMN anonymised_at DATE;
CREATE INDEX ix_enrolment_retention ON enrolment (programme_id, anonymised_at, end_date);

-- What each retention run did, in counts only.
CREATE TABLE retention_run (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    run_at_utc           DATETIME(3)  NOT NULL,
    started_by           VARCHAR(60)  NOT NULL,
    enrolments_anonymised INT         NOT NULL,
    persons_erased       INT          NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Optional second factor (TOTP) for administrators: the shared secret, Base32.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(3);
