package io.guichet.contact;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.audit.Changes;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/**
	 * Replaces the card; returns what changed ({@code "field: old → new"}), also written
	 * to the history.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<String> update(UUID contactId, UUID clientId, ContactDetails details, Actor actor) {
		Contact contact = this.contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact"));
		ContactDetails before = contact.details();
		UUID clientBefore = contact.toCard().clientId();
		contact.apply(details);
		contact.assignClient(clientId);
		List<String> changes = new java.util.ArrayList<>(Changes.between(before, contact.details()));
		if (clientId != null && !clientId.equals(clientBefore)) {
			changes.add("client: " + clientBefore + " → " + clientId);
		}
		if (!changes.isEmpty()) {
			this.audit.record(AuditLog.CONTACT, contactId, "CHANGED", actor, String.join("; ", changes));
		}
		return changes;
	}

	/**
	 * Deletes the card; its history stays. The caller has removed what referred to it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void delete(UUID contactId, Actor actor) {
		Contact contact = this.contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact"));
		this.audit.record(AuditLog.CONTACT, contactId, "DELETED", actor, contact.toCard().fullName());
		this.contacts.delete(contact);
		this.contacts.flush();
	}

	@Transactional
	public void comment(UUID contactId, String text, Actor actor) {
		this.contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact"));
		this.audit.comment(AuditLog.CONTACT, contactId, text, actor);
	}

	/**
	 * A page of the contacts of these clients whose privacy lets them be shown, by name
	 * or e-mail.
	 */
	@Transactional(readOnly = true)
	public Page<ContactCard> search(Collection<UUID> clientIds, String query, Collection<Privacy> privacies,
			Pageable page) {
		String key = (query == null) ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
		if (clientIds.isEmpty()) {
			return Page.empty(page);
		}
		return this.contacts.search(clientIds, key, privacies, page).map(Contact::toCard);
	}

	/** The same, without the contacts {@code excluded}. */
	@Transactional(readOnly = true)
	public Page<ContactCard> search(Collection<UUID> clientIds, String query, Collection<Privacy> privacies,
			Collection<UUID> excluded, Pageable page) {
		if (excluded.isEmpty()) {
			return search(clientIds, query, privacies, page);
		}
		String key = (query == null) ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
		if (clientIds.isEmpty()) {
			return Page.empty(page);
		}
		return this.contacts.searchExcept(clientIds, key, privacies, excluded, page).map(Contact::toCard);
	}

	/**
	 * A page of contacts whose privacy lets them be shown, by name or e-mail: of one
	 * client, or (without one) of every client but the hidden ones.
	 */
	@Transactional(readOnly = true)
	public Page<ContactCard> search(UUID clientId, Collection<UUID> hiddenClients, String query,
			Collection<Privacy> privacies, Pageable page) {
		String key = (query == null) ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
		if (clientId != null) {
			return this.contacts.search(List.of(clientId), key, privacies, page).map(Contact::toCard);
		}
		Collection<UUID> hidden = hiddenClients.isEmpty() ? List.of(new UUID(0L, 0L)) : hiddenClients;
		return this.contacts.searchAllBut(hidden, key, privacies, page).map(Contact::toCard);
	}

	/**
	 * The next contacts after {@code after} (null: from the first) in id order, of one
	 * client or of every client but the hidden ones, whose privacy lets them be shown: an
	 * export reads them this way, each batch as fast as the first.
	 */
	@Transactional(readOnly = true)
	public List<ContactCard> batchAfter(UUID clientId, Collection<UUID> hiddenClients, Collection<Privacy> privacies,
			UUID after, int size) {
		Pageable first = Pageable.ofSize(size);
		List<Contact> batch = (clientId != null) ? this.contacts.batchOf(List.of(clientId), privacies, after, first)
				: this.contacts.batchOfAllBut(hiddenClients.isEmpty() ? List.of(new UUID(0L, 0L)) : hiddenClients,
						privacies, after, first);
		return batch.stream().map(Contact::toCard).toList();
	}

	@Transactional(readOnly = true)
	public long countOfClient(UUID clientId) {
		return this.contacts.countByClientId(clientId);
	}

	@Transactional(readOnly = true)
	public Optional<ContactCard> find(UUID id) {
		return this.contacts.findById(id).map(Contact::toCard);
	}

	public ContactCard get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("contact"));
	}

	/** The contacts with these ids (at most a few hundred), in one query. */
	@Transactional(readOnly = true)
	public Map<UUID, ContactCard> findAll(Collection<UUID> ids) {
		Map<UUID, ContactCard> found = new HashMap<>();
		this.contacts.findAllById(ids).forEach((contact) -> found.put(contact.getId(), contact.toCard()));
		return found;
	}

	@Transactional(readOnly = true)
	public List<UUID> idsOfClient(UUID clientId) {
		return this.contacts.findIdsByClientId(clientId);
	}

	/**
	 * Contacts with any of these e-mails (case does not matter), newest first: one query
	 * per 500 addresses (imports).
	 */
	@Transactional(readOnly = true)
	public List<ContactCard> findByEmails(Collection<String> emails) {
		List<String> keys = emails.stream()
			.map((e) -> e.strip().toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.toList();
		List<ContactCard> found = new java.util.ArrayList<>();
		for (int from = 0; from < keys.size(); from += 500) {
			this.contacts.findByEmailKeys(keys.subList(from, Math.min(keys.size(), from + 500)))
				.forEach((c) -> found.add(c.toCard()));
		}
		return found;
	}

	/** Contacts with this e-mail, newest first (case does not matter). */
	@Transactional(readOnly = true)
	public List<ContactCard> findByEmail(String email) {
		return this.contacts.findByEmail(email.strip()).stream().map(Contact::toCard).toList();
	}

}
