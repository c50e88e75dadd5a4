/** Headcount registrations ("pinnstatistik"): numbers of women and men, no personal data. */
package se.samspar.headcount;
