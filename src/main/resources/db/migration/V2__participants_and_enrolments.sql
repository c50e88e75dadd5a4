-- Participants and their enrolments, with the förbund's editable code lists.

-- Code lists (education, sources of support, exit reasons, occupation at exit, partners): the
-- code is stable and used by rules and statistics; the label is what users see and may change.
CREATE TABLE code_value (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    list_name  VARCHAR(40)  NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_code_value UNIQUE (list_name, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO code_value (list_name, code, label, sort_order) VALUES
    ('EDUCATION', 'GRUNDSKOLA', 'Grundskola eller kortare', 10),
    ('EDUCATION', 'GYMNASIUM', 'Gymnasium', 20),
    ('EDUCATION', 'HOGSKOLA', 'Eftergymnasial: högskola', 30),
    ('EDUCATION', 'ANNAN_EFTERGYMNASIAL', 'Annan eftergymnasial', 40),
    ('EDUCATION', 'OKAND', 'Okänd', 90),
    ('SUPPORT', 'FORSORJNINGSSTOD', 'Försörjningsstöd', 10),
    ('SUPPORT', 'SJUKPENNING', 'Sjukpenning/rehabiliteringspenning', 20),
    ('SUPPORT', 'A_KASSA', 'A-kassa', 30),
    ('SUPPORT', 'SJUKERSATTNING', 'Sjukersättning', 40),
    ('SUPPORT', 'AKTIVITETSERSATTNING', 'Aktivitetsersättning', 50),
    ('SUPPORT', 'AKTIVITETSSTOD', 'Aktivitetsstöd', 60),
    ('SUPPORT', 'ETABLERING_ANNAN', 'Etableringsersättning/annan offentlig försörjning', 70),
    ('SUPPORT', 'INGEN', 'Ingen offentlig försörjning', 80),
    ('SUPPORT', 'VANTAR_BESLUT', 'Väntar på beslut', 90),
    ('EXIT_REASON', 'ARBETE', 'Arbete', 10),
    ('EXIT_REASON', 'STUDIER', 'Studier', 20),
    ('EXIT_REASON', 'AKTIVT_ARBETSSOKANDE', 'Aktivt arbetssökande', 30),
    ('EXIT_REASON', 'FORALDRALEDIGHET', 'Föräldraledighet', 40),
    ('EXIT_REASON', 'FORTSATT_REHABILITERING', 'Fortsatt rehabilitering', 50),
    ('EXIT_REASON', 'SJUKDOM', 'Sjukdom', 60),
    ('EXIT_REASON', 'FLYTT', 'Flytt', 70),
    ('EXIT_REASON', 'UTAN_MATNING', 'Utan mätning', 80),
    ('EXIT_REASON', 'MEDGIVANDE_ATERTAGET', 'Medgivande återtaget', 90),
    ('EXIT_REASON', 'FELREGISTRERING', 'Felregistrering', 100),
    ('EXIT_REASON', 'OVRIGT', 'Övrigt', 110),
    ('OCCUPATION', 'EJ_SUBVENTIONERAT_ARBETE', 'Ej subventionerat arbete', 10),
    ('OCCUPATION', 'SUBVENTIONERAT_ARBETE', 'Subventionerat arbete', 20),
    ('OCCUPATION', 'STUDIER', 'Studier', 30),
    ('OCCUPATION', 'AKTIVT_ARBETSSOKANDE', 'Aktivt arbetssökande', 40),
    ('OCCUPATION', 'OVRIGA', 'Övriga', 50),
    ('PARTNER', 'AF', 'Arbetsförmedlingen', 10),
    ('PARTNER', 'FK', 'Försäkringskassan', 20),
    ('PARTNER', 'VGR', 'Västra Götalandsregionen', 30),
    ('PARTNER', 'VANERSBORG', 'Vänersborgs kommun', 40),
    ('PARTNER', 'MELLERUD', 'Melleruds kommun', 50);

-- A person. Anonymous (no consent, or skyddade personuppgifter): kön, birth year and kommun
-- only, never a name or number, so that the record cannot be matched to anyone.
CREATE TABLE person (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    personnummer       CHAR(13),
    first_name         VARCHAR(60),
    last_name          VARCHAR(60),
    kon                VARCHAR(10)   NOT NULL,
    birth_year         INT           NOT NULL,
    birth_date         DATE,
    kommun             VARCHAR(60),
    phone              VARCHAR(30),
    email              VARCHAR(254),
    note               VARCHAR(2000),
    anonymous          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_person_personnummer UNIQUE (personnummer),
    CONSTRAINT ck_person_kon CHECK (kon IN ('KVINNA', 'MAN')),
    CONSTRAINT ck_person_anonymous CHECK (anonymous = FALSE OR (personnummer IS NULL AND first_name IS NULL
        AND last_name IS NULL AND birth_date IS NULL AND phone IS NULL AND email IS NULL AND note IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_person_name ON person (last_name, first_name);

-- One person's enrolment in one programme, from referral to exit.
CREATE TABLE enrolment (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    person_id              BIGINT        NOT NULL,
    programme_id           BIGINT        NOT NULL,
    referral_date          DATE          NOT NULL,
    referring_partner      VARCHAR(40),
    handlaggare_name       VARCHAR(100),
    handlaggare_contact    VARCHAR(200),
    decision               VARCHAR(20),
    decision_reason        VARCHAR(1000),
    start_date             DATE,
    contact_person1_id     BIGINT,
    contact_person2_id     BIGINT,
    over_budget_reason     VARCHAR(1000),
    age_override_reason    VARCHAR(1000),
    consent_given_date     DATE,
    consent_written        BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_withdrawn_date DATE,
    education              VARCHAR(40),
    years_in_support       INT,
    end_date               DATE,
    exit_other_comment     VARCHAR(1000),
    occupation_at_exit     VARCHAR(40),
    follow_up_wanted       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_enrolment_contact1 FOREIGN KEY (contact_person1_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrolment_contact2 FOREIGN KEY (contact_person2_id) REFERENCES app_user (id),
    CONSTRAINT ck_enrolment_decision CHECK (decision IS NULL OR decision IN ('ANTAGEN', 'VANTELISTA', 'EJ_AKTUELL')),
    CONSTRAINT ck_enrolment_start CHECK (start_date IS NULL OR start_date >= referral_date),
    CONSTRAINT ck_enrolment_end CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date)),
    CONSTRAINT ck_enrolment_years CHECK (years_in_support IS NULL OR years_in_support BETWEEN 0 AND 80)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_enrolment_programme ON enrolment (programme_id, start_date, end_date);
CREATE INDEX ix_enrolment_person ON enrolment (person_id);

CREATE TABLE enrolment_support_start (
    enrolment_id BIGINT      NOT NULL,
    code         VARCHAR(40) NOT NULL,
    PRIMARY KEY (enrolment_id, code),
    CONSTRAINT fk_support_start_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE enrolment_exit_reason (
    enrolment_id BIGINT      NOT NULL,
    code         VARCHAR(40) NOT NULL,
    PRIMARY KEY (enrolment_id, code),
    CONSTRAINT fk_exit_reason_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE enrolment_support_after (
    enrolment_id BIGINT      NOT NULL,
    code         VARCHAR(40) NOT NULL,
    PRIMARY KEY (enrolment_id, code),
    CONSTRAINT fk_support_after_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
