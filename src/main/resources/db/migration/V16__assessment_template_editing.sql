-- The coordinator's assessment template editor: an optimistic version on every template version,
-- so two coordinators saving the same template at once cannot overwrite each other's change, and
-- who last changed a version in place (before anyone was assessed on it) for the history.

ALTER TABLE assessment_template
    ADD COLUMN version    BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN changed_at DATETIME(6),
    ADD COLUMN changed_by VARCHAR(60);
