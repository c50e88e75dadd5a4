-- Two more kinds in the archive: the förbund's summary of the NNS indicator surveys
-- (Sammanställning av indikatorer) and the annual report assembled from published parts.
-- Both cover the whole förbund (no programme), like the board's statistics.

ALTER TABLE published_report DROP CONSTRAINT ck_published_kind;
ALTER TABLE published_report ADD CONSTRAINT ck_published_kind
    CHECK (kind IN ('DELAR', 'HELAR', 'SLUTRAPPORT', 'STATISTIK', 'INDIKATORER', 'ARSRAPPORT'));
