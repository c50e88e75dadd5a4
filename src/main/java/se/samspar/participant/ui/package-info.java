/** The participant list and registration. */
package se.samspar.participant.ui;
