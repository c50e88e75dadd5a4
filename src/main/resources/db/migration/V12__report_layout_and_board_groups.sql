-- Issue 18. Every exit reason carries the board group it is counted in by the board's statistics
-- (a förbund's own reasons no longer fall out of the tables), and each programme may report in
-- its own bands: age bands (the ages where a new band starts; empty: the förbund's default), and
-- optional band tables for years in public support and months in the programme (upper limits).

ALTER TABLE code_value ADD COLUMN board_group VARCHAR(40) NULL;

UPDATE code_value SET board_group = CASE code
        WHEN 'ARBETE' THEN 'ARBETE_STUDIER_ARBETSSOKANDE'
        WHEN 'STUDIER' THEN 'ARBETE_STUDIER_ARBETSSOKANDE'
        WHEN 'AKTIVT_ARBETSSOKANDE' THEN 'ARBETE_STUDIER_ARBETSSOKANDE'
        WHEN 'FORTSATT_REHABILITERING' THEN 'FORTSATT_REHABILITERING'
        WHEN 'SJUKDOM' THEN 'SJUKDOM'
        WHEN 'FORALDRALEDIGHET' THEN 'FORALDRALEDIGHET'
        WHEN 'FLYTT' THEN 'FLYTT'
        WHEN 'UTAN_MATNING' THEN 'UTAN_MATNING'
        WHEN 'MEDGIVANDE_ATERTAGET' THEN 'MEDGIVANDE_ATERTAGET'
        WHEN 'FELREGISTRERING' THEN 'EJ_RAKNAD'
        ELSE 'OVRIGT' END
    WHERE list_name = 'EXIT_REASON';

ALTER TABLE code_value ADD CONSTRAINT ck_code_value_board_group CHECK (
    (list_name = 'EXIT_REASON' AND board_group IN ('ARBETE_STUDIER_ARBETSSOKANDE', 'FORTSATT_REHABILITERING',
        'SJUKDOM', 'FORALDRALEDIGHET', 'FLYTT', 'UTAN_MATNING', 'MEDGIVANDE_ATERTAGET', 'OVRIGT', 'EJ_RAKNAD'))
    OR (list_name <> 'EXIT_REASON' AND board_group IS NULL));

ALTER TABLE programme ADD COLUMN report_age_bands VARCHAR(100) NULL;
ALTER TABLE programme ADD COLUMN report_year_bands VARCHAR(100) NULL;
ALTER TABLE programme ADD COLUMN report_time_bands VARCHAR(100) NULL;
