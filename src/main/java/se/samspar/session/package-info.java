/**
 * Group work (gruppomgångar): groups of a programme, their series of sessions, rooms and
 * interpreters, attendance, and the group figures the reports carry.
 */
package se.samspar.session;
