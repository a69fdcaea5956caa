package io.guichet.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts with their access, for staff. */
@Service
@Transactional(readOnly = true)
public class ContactQueries {

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final PortalAccessRepository accesses;

	private final Deadlines deadlines;

	ContactQueries(ContactBook contacts, ClientDirectory clients, PortalAccessRepository accesses,
			Deadlines deadlines) {
		this.contacts = contacts;
		this.clients = clients;
		this.accesses = accesses;
		this.deadlines = deadlines;
	}

	public ContactView get(UUID contactId) {
		return view(this.contacts.get(contactId));
	}

	/**
	 * The contact with this e-mail: the one with portal access first, else the newest.
	 */
	public Optional<ContactView> findByEmail(String email) {
		List<ContactView> found = this.contacts.findByEmail(email).stream().map(this::view).toList();
		return found.stream().min(Comparator.comparing((ContactView view) -> view.access() == null));
	}

	public Optional<AccessSummary> access(UUID accessId) {
		return this.accesses.findById(accessId).map(this::summary);
	}

	/** The access with when it will end: for an active access, its computed deadline. */
	AccessSummary summary(PortalAccess access) {
		Deadlines.Due due = (access.getState() == AccessState.ACTIVE) ? this.deadlines.of(access) : null;
		java.time.Instant expiresAt = (due != null) ? due.expiresAt() : (access.getExpiresOn() != null)
				? access.getExpiresOn().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant() : null;
		return access.toSummary(expiresAt);
	}

	private ContactView view(ContactCard card) {
		String clientName = this.clients.find(card.clientId()).map(ClientSummary::name).orElse(null);
		AccessSummary access = this.accesses.findByContactId(card.id()).map(this::summary).orElse(null);
		return new ContactView(card.id(), card.clientId(), clientName, card.firstName(), card.lastName(), card.email(),
				card.phone(), card.mobile(), card.otherChannel(), card.language(), card.companyAsTyped(),
				ContactView.AccessView.of(access));
	}

}
