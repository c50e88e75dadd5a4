/** The start page: what each role sees first after logging in. */
package se.samspar.home;
