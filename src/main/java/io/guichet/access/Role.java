package io.guichet.access;

/** A contact's role in the customer portal, with its privileges (SPEC §2). */
public enum Role {

	/** Submits requests, accepts quotes, follows progress, downloads deliverables. */
	REQUESTER,

	/** Sees all requests of its company and their progress; submits nothing. */
	OBSERVER,

	/** Requester and Observer, and manages the other contacts of its own company. */
	MANAGER

}
