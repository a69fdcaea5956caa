package io.guichet.contact;

import java.util.UUID;

/**
 * Something that still names a contact (a project assignment): such a contact cannot be
 * deleted.
 */
public interface ContactReferences {

	long countFor(UUID contactId);

	/** Message key of the refusal, e.g. {@code guichet.contact.has-projects}. */
	String refusalKey();

}
