/**
 * The audit log: who read or changed which person's data, when and from where. Append-only and
 * hash-chained; searched by the administrator, included in a person's registerutdrag.
 */
package se.samspar.audit;
