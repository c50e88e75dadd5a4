-- Stegförflyttning: assessment templates per programme, versioned like the questionnaires (a
-- change after assessments exist makes a new version; assessments keep theirs), each with its
-- dimensions, every dimension with a labelled scale, and the overall ladder of steps; and the
-- assessments themselves, scored per dimension, with a version for optimistic locking.

CREATE TABLE assessment_template (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    programme_id BIGINT      NOT NULL,
    version_no   INT         NOT NULL,
    active       BOOLEAN     NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_template_version UNIQUE (programme_id, version_no),
    CONSTRAINT fk_assessment_template_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE assessment_dimension (
    template_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    label       VARCHAR(100) NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT uk_assessment_dimension_code UNIQUE (template_id, code),
    CONSTRAINT fk_assessment_dimension_template FOREIGN KEY (template_id) REFERENCES assessment_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Each step of a dimension's scale with its short description (default 1–5).
CREATE TABLE assessment_scale_step (
    template_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    value       TINYINT      NOT NULL,
    description VARCHAR(200) NOT NULL,
    PRIMARY KEY (template_id, position, value),
    CONSTRAINT fk_scale_step_dimension FOREIGN KEY (template_id, position)
        REFERENCES assessment_dimension (template_id, position),
    CONSTRAINT ck_scale_step_value CHECK (value BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The overall ladder ("steg"), 1 = lowest.
CREATE TABLE assessment_ladder_step (
    template_id BIGINT       NOT NULL,
    step        TINYINT      NOT NULL,
    label       VARCHAR(200) NOT NULL,
    PRIMARY KEY (template_id, step),
    CONSTRAINT fk_ladder_step_template FOREIGN KEY (template_id) REFERENCES assessment_template (id),
    CONSTRAINT ck_ladder_step CHECK (step BETWEEN 1 AND 20)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    enrolment_id    BIGINT        NOT NULL,
    template_id     BIGINT        NOT NULL,
    assessed_on     DATE          NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    assessed_by     BIGINT,
    ladder_step     TINYINT       NOT NULL,
    override_reason VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(60)   NOT NULL,
    changed_at      DATETIME(6),
    changed_by      VARCHAR(60),
    PRIMARY KEY (id),
    KEY ix_assessment_enrolment (enrolment_id, assessed_on),
    CONSTRAINT fk_assessment_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_assessment_template FOREIGN KEY (template_id) REFERENCES assessment_template (id),
    CONSTRAINT fk_assessment_user FOREIGN KEY (assessed_by) REFERENCES app_user (id),
    CONSTRAINT ck_assessment_kind CHECK (kind IN ('START', 'FOLLOW_UP', 'EXIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE assessment_score (
    assessment_id  BIGINT        NOT NULL,
    dimension_code VARCHAR(40)   NOT NULL,
    score          TINYINT       NOT NULL,
    comment        VARCHAR(1000),
    PRIMARY KEY (assessment_id, dimension_code),
    CONSTRAINT fk_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every programme with individual participants starts with the six default dimensions on a 1–5
-- scale and the seven-step ladder (new programmes get them when created).

INSERT INTO assessment_template (programme_id, version_no, active, created_at, created_by)
SELECT p.id, 1, TRUE, CURRENT_TIMESTAMP(6), 'system'
FROM programme p
WHERE p.kind <> 'HEADCOUNT'
  AND NOT EXISTS (SELECT 1 FROM assessment_template t WHERE t.programme_id = p.id);

INSERT INTO assessment_dimension (template_id, position, code, label)
SELECT t.id, d.position, d.code, d.label
FROM assessment_template t
CROSS JOIN (
    SELECT 0 AS position, 'HALSA' AS code, 'Hälsa' AS label
    UNION ALL SELECT 1, 'VARDAGSSTRUKTUR', 'Vardagsstruktur'
    UNION ALL SELECT 2, 'SOCIALA_RELATIONER', 'Sociala relationer'
    UNION ALL SELECT 3, 'MOTIVATION', 'Motivation'
    UNION ALL SELECT 4, 'ARBETSFORMAGA', 'Arbetsförmåga/arbetsträning'
    UNION ALL SELECT 5, 'NARVARO', 'Närvaro och stabilitet'
) d
WHERE NOT EXISTS (SELECT 1 FROM assessment_dimension x WHERE x.template_id = t.id);

INSERT INTO assessment_scale_step (template_id, position, value, description)
SELECT d.template_id, d.position, s.value, s.description
FROM assessment_dimension d
CROSS JOIN (
    SELECT 1 AS value, 'Stora svårigheter' AS description
    UNION ALL SELECT 2, 'Tydliga svårigheter'
    UNION ALL SELECT 3, 'Vissa svårigheter'
    UNION ALL SELECT 4, 'Små svårigheter'
    UNION ALL SELECT 5, 'Inga svårigheter'
) s
WHERE NOT EXISTS (SELECT 1 FROM assessment_scale_step x WHERE x.template_id = d.template_id);

INSERT INTO assessment_ladder_step (template_id, step, label)
SELECT t.id, l.step, l.label
FROM assessment_template t
CROSS JOIN (
    SELECT 1 AS step, 'Ej aktuell för arbetslivsinriktade insatser' AS label
    UNION ALL SELECT 2, 'Motiverande och stabiliserande insatser'
    UNION ALL SELECT 3, 'Social och hälsomässig rehabilitering'
    UNION ALL SELECT 4, 'Arbetsförberedande insatser'
    UNION ALL SELECT 5, 'Arbetsträning eller praktik'
    UNION ALL SELECT 6, 'Redo för arbete eller studier, söker aktivt'
    UNION ALL SELECT 7, 'I arbete eller studier'
) l
WHERE NOT EXISTS (SELECT 1 FROM assessment_ladder_step x WHERE x.template_id = t.id);
