-- Follow-up contacts after exit, and headcount registrations ("pinnstatistik").

CREATE TABLE follow_up_contact (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    enrolment_id BIGINT        NOT NULL,
    contact_date DATE          NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    note         VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_up_kind CHECK (kind IN ('MOTE', 'TELEFON', 'DIGITALT', 'ANNAT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_follow_up_enrolment ON follow_up_contact (enrolment_id, contact_date);

-- How many women and men took part, where only numbers are kept (Hälsoskolan, inspiration
-- trainings, part of Hikikomori). Optionally an age band.
CREATE TABLE headcount (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    programme_id BIGINT        NOT NULL,
    count_date   DATE          NOT NULL,
    activity     VARCHAR(100),
    age_band     VARCHAR(20),
    women        INT           NOT NULL,
    men          INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_headcount_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_headcount_counts CHECK (women >= 0 AND men >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_headcount_programme ON headcount (programme_id, count_date);
