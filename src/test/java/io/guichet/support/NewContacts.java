package io.guichet.support;

import java.util.UUID;

import io.guichet.access.NewContact;
import io.guichet.access.Role;
import io.guichet.contact.ContactDetails;

/** A staff registration made of a contact card's details, for tests. */
public final class NewContacts {

	private NewContacts() {
	}

	public static NewContact of(UUID clientId, ContactDetails details, Role role, boolean invite) {
		return new NewContact(clientId, details.firstName(), details.lastName(), details.email(), details.phone(),
				details.mobile(), details.otherChannel(), role, details.language(), invite, details.salutation(),
				details.middleName(), details.suffix(), details.jobTitle(), details.department(), details.email2(),
				details.email3(), details.otherPhone(), details.privacy(), details.comments());
	}

}
