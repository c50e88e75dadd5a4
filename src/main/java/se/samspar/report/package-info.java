/**
 * The coordinator's periodic report. So far: the figures engine, pure functions from the facts of
 * a programme's enrolments to the figures of the report's sections (issue 7 continues with the
 * queries, drafts, PDF and archive).
 */
package se.samspar.report;
