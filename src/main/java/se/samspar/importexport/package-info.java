/**
 * Bringing history in and taking data out: the import of persons, enrolments, exits, follow-ups,
 * headcounts, attendance, questionnaire answers and assessments from one XLSX workbook or CSV files (a dry run
 * first, then one transaction), the export of a programme's data in the same format, the
 * downloadable template, the command-line import for migrations, and the registerutdrag that
 * shows one person everything stored about them.
 */
package se.samspar.importexport;
