-- The audit chain is keyed from here on: every entry appended after this migration carries an
-- HMAC-SHA-256 under a key that lives outside the database (AuditKey), so that whoever can write
-- the tables cannot recompute the chain. The entries written before keep the keyless SHA-256 they
-- were written with (rehashing them would need UPDATE, which the triggers refuse, and proves
-- nothing a check of the old chain does not); this row records where they end. It is set once,
-- here, and never changes: the triggers refuse UPDATE and DELETE, and in production the app's
-- account has no right to TRUNCATE, DROP, ALTER or TRIGGER (docker/initdb, docs/operations.md).
-- The daily anchors outside the database repeat it, so that a moved boundary shows there too.
CREATE TABLE audit_chain_legacy (
    id             TINYINT NOT NULL,
    last_legacy_id BIGINT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_legacy_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_legacy (id, last_legacy_id) SELECT 1, last_id FROM audit_chain_head WHERE id = 1;

CREATE TRIGGER audit_chain_legacy_no_update BEFORE UPDATE ON audit_chain_legacy FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_legacy is fixed';

CREATE TRIGGER audit_chain_legacy_no_delete BEFORE DELETE ON audit_chain_legacy FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_legacy is fixed';
