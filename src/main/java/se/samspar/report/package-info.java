/**
 * The coordinator's periodic report: the figures engine (pure functions from the facts of a
 * programme's enrolments, questionnaires and groups to the figures of each section), drafts with
 * the coordinator's own texts, the PDF (OpenPDF, JFreeChart vectors), the board's suppression of
 * small counts, the immutable archive of published versions, and an HTTP endpoint for scheduled
 * runs.
 */
package se.samspar.report;
