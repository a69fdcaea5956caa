package io.guichet.contact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.guichet.audit.HistoryNames;
import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts named in a history (a project assignment moved to a colleague): those the
 * reader may see.
 */
@Component
class ContactHistoryNames implements HistoryNames {

	private final ContactRepository contacts;

	private final ClientDirectory clients;

	ContactHistoryNames(ContactRepository contacts, ClientDirectory clients) {
		this.contacts = contacts;
		this.clients = clients;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> namesOf(Collection<UUID> ids, Actor reader) {
		Map<UUID, String> names = new HashMap<>();
		for (Contact contact : this.contacts.findAllById(ids)) {
			ContactCard card = contact.toCard();
			boolean visible = (card.privacy() != Privacy.ADMINS_ONLY || reader.admin())
					&& this.clients.isVisible(card.clientId(), reader);
			if (visible) {
				names.put(card.id(), card.fullName());
			}
		}
		return names;
	}

}
