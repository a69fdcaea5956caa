package io.guichet.access;

/**
 * Who asked for the access: admin registrations are pre-approved, the others are
 * reviewed.
 */
public enum AccessSource {

	ADMIN, SELF, MANAGER, IMPORT

}
