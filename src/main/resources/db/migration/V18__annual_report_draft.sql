-- The annual report being put together for a year: the parts' order and those left out (keys
-- such as PROGRAM-12, STATISTIK, INDIKATORER), the foreword and the closing text. One per year;
-- the version column catches two people editing it at once.

CREATE TABLE annual_report_draft (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    report_year    INT           NOT NULL,
    part_order     VARCHAR(2000) NOT NULL,
    excluded_parts VARCHAR(2000) NOT NULL,
    foreword       TEXT,
    closing        TEXT,
    updated_by     VARCHAR(60)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_annual_report_draft_year (report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
