package io.guichet.access;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.audit.HistoryEntry;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.Privacy;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

	private final AuditLog audit;

	ContactQueries(ContactBook contacts, ClientDirectory clients, PortalAccessRepository accesses, Deadlines deadlines,
			AuditLog audit) {
		this.audit = audit;
		this.contacts = contacts;
		this.clients = clients;
		this.accesses = accesses;
		this.deadlines = deadlines;
	}

	public ContactView get(UUID contactId) {
		return view(this.contacts.get(contactId));
	}

	/**
	 * The contact if this staff user may see it: its client visible to them, its privacy
	 * allowing.
	 */
	public ContactView get(UUID contactId, Actor actor) {
		return view(card(contactId, actor));
	}

	/**
	 * The card if this user may see it, else 404: every staff door to a contact asks
	 * here.
	 */
	ContactCard card(UUID contactId, Actor actor) {
		ContactCard card = this.contacts.get(contactId);
		if (!maySee(card, actor)) {
			throw new NotFoundException("contact");
		}
		return card;
	}

	public boolean maySee(UUID contactId, Actor actor) {
		return this.contacts.find(contactId).map((card) -> maySee(card, actor)).orElse(false);
	}

	/**
	 * A page of contacts of one client (or of every client this user may see), by name or
	 * e-mail.
	 */
	public PageResult<ContactView> list(UUID clientId, String query, int page, int size, Actor actor) {
		if (clientId != null && !this.clients.isVisible(clientId, actor)) {
			return new PageResult<>(List.of(), page, size, 0);
		}
		List<UUID> hidden = this.clients.hiddenFrom(actor);
		Set<Privacy> privacies = actor.admin() ? EnumSet.allOf(Privacy.class)
				: EnumSet.of(Privacy.VISIBLE_TO_ALL, Privacy.HIDDEN_FROM_CLIENTS);
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200),
				Sort.by("lastName", "firstName"));
		return PageResult.of(this.contacts.search(clientId, hidden, query, privacies, request), this::view);
	}

	/**
	 * The contact with this e-mail that this user may see: the one with portal access
	 * first, else the newest.
	 */
	public Optional<ContactView> findByEmail(String email, Actor actor) {
		List<ContactView> found = this.contacts.findByEmail(email)
			.stream()
			.filter((card) -> maySee(card, actor))
			.map(this::view)
			.toList();
		return found.stream().min(Comparator.comparing((ContactView view) -> view.access() == null));
	}

	/** The contact's history, newest first, if this user may see the contact. */
	public PageResult<HistoryEntry> history(UUID contactId, int page, int size, Actor actor) {
		card(contactId, actor);
		return this.audit.page(AuditLog.CONTACT, contactId, page, size);
	}

	/**
	 * The access of each of these contacts that has one, by contact id: one query per 500
	 * contacts (imports, exports).
	 */
	public Map<UUID, AccessBrief> accessesOf(Collection<UUID> contactIds) {
		List<UUID> ids = contactIds.stream().distinct().toList();
		Map<UUID, AccessBrief> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			this.accesses.findByContactIdIn(ids.subList(from, Math.min(ids.size(), from + 500)))
				.forEach((a) -> found.put(a.getContactId(),
						new AccessBrief(a.getId(), a.getContactId(), a.getState(), a.getRole())));
		}
		return found;
	}

	public Optional<AccessSummary> access(UUID accessId) {
		return this.accesses.findById(accessId).map(this::summary);
	}

	private boolean maySee(ContactCard card, Actor actor) {
		if (card.privacy() == Privacy.ADMINS_ONLY && !actor.admin()) {
			return false;
		}
		return card.clientId() == null || this.clients.isVisible(card.clientId(), actor);
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
		return ContactView.of(card, clientName, access);
	}

}
