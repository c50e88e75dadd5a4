-- Issue 10: reports and statistics read the enrolments active during a period, i.e. those not
-- ended before it. With ten years of history, "started before the period's end" is nearly all of
-- a programme's enrolments; "not ended, or ended on or after the period's start" is a few per cent.
CREATE INDEX ix_enrolment_programme_end ON enrolment (programme_id, end_date, start_date);
-- The board's statistics read every programme's exits (and active enrolments) of a period.
CREATE INDEX ix_enrolment_end ON enrolment (end_date, start_date);
