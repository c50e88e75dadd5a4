/** Demo data for the run command (profile {@code demo}); production starts empty. */
package se.samspar.demo;
