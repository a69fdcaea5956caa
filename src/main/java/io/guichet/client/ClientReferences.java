package io.guichet.client;

import java.util.UUID;

/**
 * Something that belongs to a client (its contacts, its projects). A client that still
 * has any cannot be deleted; the modules that own them implement this.
 */
public interface ClientReferences {

	/** How many of these the client has. */
	long countFor(UUID clientId);

	/**
	 * Message key naming them for the refusal, e.g. {@code guichet.client.has-contacts}.
	 */
	String refusalKey();

}
