/**
 * Shared foundations every feature builds on: the entity base class, roles and the current
 * user's scope, the embedded database for development and tests, and the app shell.
 * Open: feature modules use its UI helpers directly.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.samspar.base;
