/** The participant page's Stegförflyttning section, its form and chart, and the reminders in "Mina deltagare". */
package se.samspar.assessment.ui;
