package io.guichet.contact;

import java.util.UUID;

import io.guichet.client.ClientReferences;

import org.springframework.stereotype.Component;

/** A client with contacts cannot be deleted. */
@Component
class ContactsOfClients implements ClientReferences {

	private final ContactRepository contacts;

	ContactsOfClients(ContactRepository contacts) {
		this.contacts = contacts;
	}

	@Override
	public long countFor(UUID clientId) {
		return this.contacts.countByClientId(clientId);
	}

	@Override
	public String refusalKey() {
		return "guichet.client.has-contacts";
	}

}
