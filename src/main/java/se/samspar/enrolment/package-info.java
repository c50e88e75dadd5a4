/**
 * Enrolments (inskrivningar): a participant's referral to, decision on, start in and exit from
 * one programme. A person may be enrolled many times and in several programmes at once; each
 * enrolment counts on its own.
 */
package se.samspar.enrolment;
