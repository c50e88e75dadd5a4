/** The förbund's editable code lists: stable codes, labels users may change. */
package se.samspar.codelist;
