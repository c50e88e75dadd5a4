-- The key under which a förbund's own lists name an anonymous participant (no name, no number),
-- so that an imported history matches on re-import. Never a personnummer (the import refuses
-- keys with six digits or more in a row). An export gives keyless anonymous persons a random one.
ALTER TABLE person ADD COLUMN anonymous_key VARCHAR(40);
ALTER TABLE person ADD CONSTRAINT uk_person_anonymous_key UNIQUE (anonymous_key);
ALTER TABLE person ADD CONSTRAINT ck_person_anonymous_key CHECK (anonymous_key IS NULL OR anonymous);
