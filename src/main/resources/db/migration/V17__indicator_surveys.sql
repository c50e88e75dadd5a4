-- NNS indicator surveys (Indikatorer för finansiell samordning): instruments per respondent group
-- as versioned, locked data; measurement occasions with a base per group; one-time codes kept as
-- a hash and a used flag only; answers in rows of their own that name no code, no person and no
-- time (DD009).

CREATE TABLE indicator_instrument (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    respondent_group VARCHAR(15)  NOT NULL,
    version_no       INT          NOT NULL,
    name             VARCHAR(120) NOT NULL,
    scale_steps      INT          NOT NULL,
    low_label        VARCHAR(60)  NOT NULL,
    high_label       VARCHAR(60)  NOT NULL,
    -- The NNS wording may not be changed; a locked instrument changes only as a new version.
    locked           BOOLEAN      NOT NULL,
    active           BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(60)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_instrument_version UNIQUE (respondent_group, version_no),
    CONSTRAINT ck_indicator_instrument_group CHECK (respondent_group IN
        ('STYRELSE', 'BEREDNING', 'PERSONAL', 'DELTAGARE', 'REMISSGIVARE')),
    CONSTRAINT ck_indicator_instrument_steps CHECK (scale_steps BETWEEN 2 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator_question (
    instrument_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    text          VARCHAR(400) NOT NULL,
    PRIMARY KEY (instrument_id, position),
    CONSTRAINT fk_indicator_question_instrument FOREIGN KEY (instrument_id) REFERENCES indicator_instrument (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator_occasion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    period_from DATE         NOT NULL,
    period_to   DATE         NOT NULL,
    closed      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_indicator_occasion_period (period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A group of an occasion: the instrument version it answers and its base (the "8" of "7 av 8").
CREATE TABLE indicator_occasion_group (
    occasion_id      BIGINT      NOT NULL,
    respondent_group VARCHAR(15) NOT NULL,
    instrument_id    BIGINT      NOT NULL,
    base             INT         NOT NULL,
    PRIMARY KEY (occasion_id, respondent_group),
    CONSTRAINT fk_indicator_group_occasion FOREIGN KEY (occasion_id) REFERENCES indicator_occasion (id),
    CONSTRAINT fk_indicator_group_instrument FOREIGN KEY (instrument_id) REFERENCES indicator_instrument (id),
    CONSTRAINT ck_indicator_group_base CHECK (base BETWEEN 1 AND 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A one-time code: its SHA-256 and whether it is used. No issue or use time is kept beyond the
-- expiry, and no answer points here.
CREATE TABLE indicator_code (
    code_hash        CHAR(64)    NOT NULL,
    occasion_id      BIGINT      NOT NULL,
    respondent_group VARCHAR(15) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    used             BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (code_hash),
    KEY ix_indicator_code_occasion (occasion_id, respondent_group),
    CONSTRAINT fk_indicator_code_group FOREIGN KEY (occasion_id, respondent_group)
        REFERENCES indicator_occasion_group (occasion_id, respondent_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One respondent's answers. The key is random (no order of arrival), and there is no time.
CREATE TABLE indicator_response (
    id               CHAR(36)    NOT NULL,
    occasion_id      BIGINT      NOT NULL,
    respondent_group VARCHAR(15) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_indicator_response_group (occasion_id, respondent_group),
    CONSTRAINT fk_indicator_response_group FOREIGN KEY (occasion_id, respondent_group)
        REFERENCES indicator_occasion_group (occasion_id, respondent_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator_answer (
    response_id CHAR(36) NOT NULL,
    position    INT      NOT NULL,
    value       INT      NOT NULL,
    PRIMARY KEY (response_id, position),
    CONSTRAINT fk_indicator_answer_response FOREIGN KEY (response_id) REFERENCES indicator_response (id),
    CONSTRAINT ck_indicator_answer_value CHECK (value BETWEEN 1 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The NNS questions for the board, the preparatory group and the programmes' staff, word for word
-- (Samordningsförbundet Vänersborg/Mellerud's summary of October 2018), scale 1–10.
INSERT INTO indicator_instrument (respondent_group, version_no, name, scale_steps, low_label, high_label, locked,
                                  active, created_at, created_by)
VALUES ('STYRELSE', 1, 'NNS Indikatorer för finansiell samordning – styrelse', 10, 'I mycket liten utsträckning',
        'I mycket stor utsträckning', TRUE, TRUE, '2018-01-01 00:00:00', 'system'),
       ('BEREDNING', 1, 'NNS Indikatorer för finansiell samordning – beredning', 10, 'I mycket liten utsträckning',
        'I mycket stor utsträckning', TRUE, TRUE, '2018-01-01 00:00:00', 'system'),
       ('PERSONAL', 1, 'NNS Indikatorer för finansiell samordning – personal', 10, 'I mycket liten utsträckning',
        'I mycket stor utsträckning', TRUE, TRUE, '2018-01-01 00:00:00', 'system');

INSERT INTO indicator_question (instrument_id, position, text)
SELECT id, 0, 'Har ni strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer?'
FROM indicator_instrument WHERE respondent_group = 'STYRELSE' AND version_no = 1
UNION ALL SELECT id, 1, 'Har ni en strategi för hur ni arbetar med uppföljning och utvärdering av de samordnade rehabiliteringsinsatserna?'
FROM indicator_instrument WHERE respondent_group = 'STYRELSE' AND version_no = 1
UNION ALL SELECT id, 2, 'Använder ni uppföljning och utvärdering som underlag för att utveckla de samordnade rehabiliteringsinsatserna?'
FROM indicator_instrument WHERE respondent_group = 'STYRELSE' AND version_no = 1
UNION ALL SELECT id, 0, 'Tas erfarenheter, kunskaper och synpunkter från brukarorganisationer systematiskt tillvara?'
FROM indicator_instrument WHERE respondent_group = 'BEREDNING' AND version_no = 1
UNION ALL SELECT id, 1, 'Har ni rutiner för att samarbeta med näringsliv/civilsamhälle/ideella organisationer i arbetet när det gäller insatser för deltagarna?'
FROM indicator_instrument WHERE respondent_group = 'BEREDNING' AND version_no = 1
UNION ALL SELECT id, 2, 'Har ni strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer?'
FROM indicator_instrument WHERE respondent_group = 'BEREDNING' AND version_no = 1
UNION ALL SELECT id, 3, 'Har erfarenheter från er samverkan lett till att förebyggande insatser utvecklats?'
FROM indicator_instrument WHERE respondent_group = 'BEREDNING' AND version_no = 1
UNION ALL SELECT id, 0, 'Får stödet som ni ger ta den tid som behövs?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 1, 'Finns det en tillräcklig planering för vad som ska hända efter att detta stöd upphör?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 2, 'Upplever du att de du samverkar med hos andra myndigheter lyssnar på dig?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 3, 'Upplever du att de du samverkar med hos andra myndigheter vet vad du kan tillföra?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 4, 'Tas erfarenheter, kunskaper och synpunkter från deltagare systematiskt tillvara?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 5, 'Har ni rutiner för att samarbeta med andra aktörer i arbetet när det gäller insatser för deltagarna?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 6, 'Har ni strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 7, 'Omfattas det synsätt ni har angående människors resurser och möjligheter av alla i den samordnade insatsen?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1
UNION ALL SELECT id, 8, 'Fungerar de olika arbetssätt ni har i den samordnade insatsen bra tillsammans?'
FROM indicator_instrument WHERE respondent_group = 'PERSONAL' AND version_no = 1;
