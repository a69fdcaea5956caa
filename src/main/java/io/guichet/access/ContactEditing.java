package io.guichet.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.ContactReferences;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a contact card by staff. The e-mail of a contact with portal access stays
 * unique among such contacts, so a change of e-mail moves the access's key with it.
 */
@Service
public class ContactEditing {

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final ContactQueries queries;

	private final PortalAccessRepository accesses;

	private final Clock clock;

	private final List<ContactReferences> references;

	private final LifecycleEngine engine;

	private final AccessTokenRepository tokens;

	ContactEditing(ContactBook contacts, ClientDirectory clients, ContactQueries queries,
			PortalAccessRepository accesses, Clock clock, List<ContactReferences> references, LifecycleEngine engine,
			AccessTokenRepository tokens) {
		this.references = references;
		this.engine = engine;
		this.tokens = tokens;
		this.contacts = contacts;
		this.clients = clients;
		this.queries = queries;
		this.accesses = accesses;
		this.clock = clock;
	}

	@Transactional
	public List<String> update(UUID contactId, UUID clientId, ContactDetails details, Actor actor) {
		this.queries.get(contactId, actor);
		if (clientId == null || this.clients.find(clientId).isEmpty() || !this.clients.isVisible(clientId, actor)) {
			throw FieldErrorsException.of("clientId", "guichet.contact.client-unknown");
		}
		ContactDetails withLanguage = (details.language() != null) ? details
				: details.withLanguage(this.clients.find(clientId).orElseThrow().language());
		Optional<PortalAccess> access = this.accesses.findByContactId(contactId);
		access.ifPresent((a) -> {
			String key = PortalAccess.emailKey(details.email());
			this.accesses.findByEmailKey(key).filter((other) -> !other.getId().equals(a.getId())).ifPresent((other) -> {
				throw FieldErrorsException.of("email", "guichet.contact.email-taken");
			});
			a.changeEmail(details.email(), this.clock.instant());
		});
		List<String> changes = this.contacts.update(contactId, clientId, withLanguage, actor);
		try {
			this.accesses.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw FieldErrorsException.of("email", "guichet.contact.email-taken");
		}
		return changes;
	}

	/**
	 * Deletes a contact card: refused (409) while projects name it; an access it still
	 * has ends first (its processes too). The history stays.
	 */
	@Transactional
	public void delete(UUID contactId, Actor actor) {
		this.queries.get(contactId, actor);
		for (ContactReferences references : this.references) {
			long count = references.countFor(contactId);
			if (count > 0) {
				throw new ConflictException(references.refusalKey(), count);
			}
		}
		this.accesses.findByContactId(contactId).ifPresent((access) -> {
			this.engine.revoked(access.getId());
			this.tokens.deleteByAccessId(access.getId());
			this.accesses.delete(access);
			this.accesses.flush();
		});
		try {
			this.contacts.delete(contactId, actor);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("guichet.contact.named-on-project");
		}
	}

	@Transactional
	public void comment(UUID contactId, String text, Actor actor) {
		this.queries.get(contactId, actor);
		this.contacts.comment(contactId, text, actor);
	}

}
