/**
 * End-of-programme and group questionnaires on a 1–6 scale: versioned templates per programme,
 * answers entered by staff or given alone on a tablet with a one-time code, kept apart from the
 * person, and the figures the reports carry.
 */
package se.samspar.questionnaire;
