-- The board's annual statistics are published to the same archive as the programme reports:
-- they cover the whole förbund, so a published report may have no programme. The version key
-- counts such reports under programme 0.

ALTER TABLE published_report DROP CONSTRAINT ck_published_kind;
ALTER TABLE published_report ADD CONSTRAINT ck_published_kind
    CHECK (kind IN ('DELAR', 'HELAR', 'SLUTRAPPORT', 'STATISTIK'));
ALTER TABLE published_report ADD KEY ix_published_programme (programme_id);
ALTER TABLE published_report MODIFY programme_id BIGINT NULL;
ALTER TABLE published_report DROP INDEX uk_published_version;
ALTER TABLE published_report ADD COLUMN programme_key BIGINT AS (IFNULL(programme_id, 0)) PERSISTENT;
ALTER TABLE published_report ADD CONSTRAINT uk_published_version
    UNIQUE (programme_key, kind, period_from, period_to, version_no);
