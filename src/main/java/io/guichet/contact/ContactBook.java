package io.guichet.contact;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact module's façade. Callers have validated the input and checked the client.
 */
@Service
public class ContactBook {

	private final ContactRepository contacts;

	private final AuditLog audit;

	private final Clock clock;

	ContactBook(ContactRepository contacts, AuditLog audit, Clock clock) {
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ContactCard create(UUID clientId, ContactDetails details, String companyAsTyped, Actor actor) {
		Contact contact = this.contacts.save(new Contact(clientId, details, companyAsTyped, this.clock.instant()));
		this.audit.record(AuditLog.CONTACT, contact.getId(), "CREATED", actor,
				(clientId != null) ? "client=" + clientId : "company as typed=" + companyAsTyped);
		return contact.toCard();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ContactCard assignClient(UUID contactId, UUID clientId, Actor actor) {
		Contact contact = this.contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact"));
		contact.assignClient(clientId);
		this.audit.record(AuditLog.CONTACT, contactId, "CHANGED", actor, "client=" + clientId);
		return contact.toCard();
	}

	@Transactional(readOnly = true)
	public Optional<ContactCard> find(UUID id) {
		return this.contacts.findById(id).map(Contact::toCard);
	}

	public ContactCard get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("contact"));
	}

	@Transactional(readOnly = true)
	public List<UUID> idsOfClient(UUID clientId) {
		return this.contacts.findIdsByClientId(clientId);
	}

	/** Contacts with this e-mail, newest first (case does not matter). */
	@Transactional(readOnly = true)
	public List<ContactCard> findByEmail(String email) {
		return this.contacts.findByEmail(email.strip()).stream().map(Contact::toCard).toList();
	}

}
