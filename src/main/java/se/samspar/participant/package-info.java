/**
 * Participants (deltagare): persons identified by personnummer or samordningsnummer, or
 * registered anonymously with kön, birth year and kommun only.
 */
package se.samspar.participant;
