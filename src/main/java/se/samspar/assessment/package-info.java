/**
 * Stegförflyttning: a participant's measured progress toward work. Versioned assessment templates
 * per programme (dimensions on a labelled scale and an overall ladder of steps), the assessments
 * staff record with the participant at start, at intervals and at exit, the reminders when one is
 * due, and the facts the report's figures are computed from.
 */
package se.samspar.assessment;
