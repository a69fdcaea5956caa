package io.guichet.access.web;

import java.util.UUID;

import io.guichet.access.ContactForm;
import io.guichet.access.ContactView;
import io.guichet.access.NewContact;

/** The contact forms as a page first shows them. */
final class ContactFields {

	private ContactFields() {
	}

	/** The new-contact form, for a client chosen beforehand or none. */
	static NewContact blank(UUID clientId) {
		return new NewContact(clientId, null, null, null, null, null, null, null, null, null);
	}

	/** The edit form: the contact as it is. */
	static ContactForm of(ContactView c) {
		return new ContactForm(c.clientId(), c.salutation(), c.firstName(), c.middleName(), c.lastName(), c.suffix(),
				c.jobTitle(), c.department(), c.email(), c.email2(), c.email3(), c.phone(), c.mobile(), c.otherPhone(),
				c.otherChannel(), c.language(), c.privacy(), c.comments(), c.address());
	}

}
