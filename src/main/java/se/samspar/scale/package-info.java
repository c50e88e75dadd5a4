/**
 * Scale: a synthetic population of any size for measuring (the data generator and its
 * command-line switch). Nothing in the product depends on it.
 */
package se.samspar.scale;
