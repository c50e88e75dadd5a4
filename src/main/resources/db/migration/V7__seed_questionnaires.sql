-- Every programme with individual participants starts with the six items of the 2018 reports,
-- for the exit questionnaire and for group evaluations (new programmes get them when created).

INSERT INTO questionnaire_template (programme_id, purpose, version_no, active, created_at, created_by)
SELECT p.id, x.purpose, 1, TRUE, CURRENT_TIMESTAMP(6), 'system'
FROM programme p
CROSS JOIN (SELECT 'EXIT' AS purpose UNION ALL SELECT 'GROUP') x
WHERE p.kind <> 'HEADCOUNT'
  AND NOT EXISTS (SELECT 1 FROM questionnaire_template t WHERE t.programme_id = p.id AND t.purpose = x.purpose);

INSERT INTO questionnaire_item (template_id, position, kind, text, comment_allowed, required)
SELECT t.id, i.position, i.kind, i.text, i.comment_allowed, i.required
FROM questionnaire_template t
CROSS JOIN (
    SELECT 0 AS position, 'SCALE' AS kind, 'Omfattningen har varit bra (antal veckor och tillfällen)' AS text,
           TRUE AS comment_allowed, TRUE AS required
    UNION ALL SELECT 1, 'SCALE', 'Jag känner mig mer redo att ta nästa steg', TRUE, TRUE
    UNION ALL SELECT 2, 'SCALE', 'Jag har blivit bemött med respekt', TRUE, TRUE
    UNION ALL SELECT 3, 'TEXT', 'Vad har varit bra?', FALSE, FALSE
    UNION ALL SELECT 4, 'TEXT', 'Vad har varit mindre bra / kan utvecklas?', FALSE, FALSE
    UNION ALL SELECT 5, 'TEXT', 'Övriga kommentarer', FALSE, FALSE
) i
WHERE NOT EXISTS (SELECT 1 FROM questionnaire_item q WHERE q.template_id = t.id);
