package io.guichet.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests for access that wait for an approver: a contact registering itself, or a
 * client's manager inviting a colleague. Nothing here may tell whether an e-mail is
 * known, and a request never changes an existing contact card: a card that already holds
 * the e-mail keeps its data and its client, and the approver sees only what was typed.
 */
@Service
public class SelfRegistrations {

	private final ClientDirectory clients;

	private final ContactBook contacts;

	private final PortalAccessRepository accesses;

	private final OnboardingEngine engine;

	private final ReviewForms forms;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate decoys;

	SelfRegistrations(ClientDirectory clients, ContactBook contacts, PortalAccessRepository accesses,
			OnboardingEngine engine, ReviewForms forms, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.clients = clients;
		this.contacts = contacts;
		this.accesses = accesses;
		this.engine = engine;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
		this.decoys = new TransactionTemplate(transactions);
		this.decoys.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A contact asks for access. A pending, invited or active access is left as it is; an
	 * ended one, or a card without access, gets a new review of what was typed.
	 */
	@Transactional
	public void selfRegister(SelfRegistration registration) {
		String email = registration.details().email();
		Optional<PortalAccess> existing = this.accesses.findByEmailKey(PortalAccess.emailKey(email));
		if (existing.isPresent() && !existing.get().getState().isEnded()) {
			registerDecoy(registration);
			return;
		}
		Optional<ClientSummary> proposed = this.clients.propose(registration.company());
		Optional<ContactCard> card = existing.map((access) -> this.contacts.get(access.getContactId()))
			.or(() -> this.contacts.findByEmail(email).stream().findFirst());
		if (card.isPresent()) {
			reviewExistingCard(card.get(), existing, registration, proposed);
		}
		else {
			registerNew(registration, proposed);
		}
	}

	/**
	 * A new card holds what was typed, without a client: the approver chooses it (Guichet
	 * proposes the company as typed).
	 */
	private void registerNew(SelfRegistration registration, Optional<ClientSummary> proposed) {
		ContactCard contact = this.contacts.create(null, registration.details(), registration.company(),
				Actor.contact());
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), AccessSource.SELF,
				registration.requestedRole(), now());
		// recorded before the flush, so both history lines go in one insert
		this.audit.record(AuditLog.CONTACT, contact.id(), "REGISTERED", Actor.contact(),
				"company as typed=" + registration.company());
		this.accesses.saveAndFlush(access);
		this.engine.start(this.forms.start(access, proposed));
	}

	/**
	 * The card stays as it is; its client, if it has one, is the only one to approve
	 * into.
	 */
	private void reviewExistingCard(ContactCard card, Optional<PortalAccess> ended, SelfRegistration registration,
			Optional<ClientSummary> proposed) {
		PortalAccess access = ended.orElseGet(() -> new PortalAccess(card.id(), card.email(), AccessSource.SELF,
				registration.requestedRole(), now()));
		access.restart(AccessSource.SELF, registration.requestedRole(), now());
		this.audit.record(AuditLog.CONTACT, card.id(), "REGISTERED", Actor.contact(),
				"company as typed=" + registration.company());
		try {
			this.accesses.saveAndFlush(access);
		}
		catch (DataIntegrityViolationException ex) {
			// another card took portal access with this e-mail meanwhile: same answer
			return;
		}
		this.forms.keepTyped(access, registration);
		Optional<ClientSummary> client = (card.clientId() != null) ? this.clients.find(card.clientId()) : proposed;
		this.engine.start(this.forms.start(access, client));
	}

	/**
	 * An e-mail with a live access changes nothing, but a quicker answer would tell that
	 * it is registered: the same registration is made for a decoy address in a
	 * transaction that is rolled back, so that both answers take as long.
	 */
	private void registerDecoy(SelfRegistration registration) {
		ContactDetails real = registration.details();
		ContactDetails decoy = new ContactDetails(real.firstName(), real.lastName(),
				"decoy-" + UUID.randomUUID() + "@decoy.invalid", real.phone(), real.mobile(), real.otherChannel(),
				real.language());
		this.decoys.executeWithoutResult((status) -> {
			registerNew(new SelfRegistration(decoy, registration.company(), registration.requestedRole()),
					this.clients.propose(registration.company()));
			status.setRollbackOnly();
		});
	}

	/**
	 * A client's manager invites a colleague of the same company: the request waits for
	 * an approver like a self-registration. Nothing happens for an e-mail that already
	 * has an access that has not ended, and the manager is told the same either way.
	 */
	@Transactional
	public void registerByManager(UUID clientId, ContactDetails details, Role role, Actor manager) {
		ClientSummary client = this.clients.find(clientId).orElseThrow(() -> new IllegalStateException("no client"));
		Optional<PortalAccess> existing = this.accesses.findByEmailKey(PortalAccess.emailKey(details.email()));
		if (existing.isPresent()) {
			PortalAccess access = existing.get();
			ContactCard contact = this.contacts.get(access.getContactId());
			if (access.getState().isEnded() && clientId.equals(contact.clientId())) {
				access.restart(AccessSource.MANAGER, role, now());
				this.audit.record(AuditLog.CONTACT, contact.id(), "INVITED_BY_MANAGER", manager, "role=" + role);
				this.engine.start(this.forms.start(access, Optional.of(client)));
			}
			return;
		}
		ContactCard contact = this.contacts.create(clientId, Onboarding.withClientLanguage(details, client),
				client.name(), manager);
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), AccessSource.MANAGER, role, now());
		this.accesses.saveAndFlush(access);
		this.audit.record(AuditLog.CONTACT, contact.id(), "INVITED_BY_MANAGER", manager, "role=" + role);
		this.engine.start(this.forms.start(access, Optional.of(client)));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
