package io.guichet.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for contacts registered by staff (API, console, Tasklist start form, CSV
 * import) and invitations sent again. Staff registrations are pre-approved. Every door
 * passes the authenticated staff user: it must see the client (restricted clients are
 * hidden from others), it is the sponsor and the actor in the history, and only the
 * sponsor or an admin sends an existing access's invitations.
 */
@Service
public class Onboarding {

	private final ClientDirectory clients;

	private final ContactBook contacts;

	private final PortalAccessRepository accesses;

	private final OnboardingEngine engine;

	private final OnboardingSettings settings;

	private final ReviewForms forms;

	private final ContactQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	Onboarding(ClientDirectory clients, ContactBook contacts, PortalAccessRepository accesses, OnboardingEngine engine,
			OnboardingSettings settings, ReviewForms forms, ContactQueries queries, AuditLog audit, Clock clock) {
		this.queries = queries;
		this.clients = clients;
		this.contacts = contacts;
		this.accesses = accesses;
		this.engine = engine;
		this.settings = settings;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
	}

	/** A contact created by staff; when invited it goes straight to INVITED. */
	@Transactional
	public Registered registerByStaff(NewContact contact, Actor actor) {
		return register(contact.clientId(), contact.details(), contact.role(), contact.invited(), AccessSource.ADMIN,
				actor);
	}

	/**
	 * A contact created by a CSV import: the same way in as a staff registration, with
	 * the access marked as imported.
	 */
	@Transactional
	public Registered registerByImport(UUID clientId, ContactDetails details, Role role, boolean invite, Actor actor) {
		return register(clientId, details, role, invite, AccessSource.IMPORT, actor);
	}

	/**
	 * An invited contact created without starting a process: for the Tasklist start form,
	 * whose instance already runs.
	 */
	@Transactional
	public Registered createInvitedContact(NewContact contact, Actor actor) {
		return createInvited(contact.clientId(), contact.details(), contact.role(), AccessSource.ADMIN, actor);
	}

	private Registered register(UUID clientId, ContactDetails details, Role role, boolean invite, AccessSource source,
			Actor actor) {
		if (!invite) {
			ClientSummary client = checkClient(clientId, actor, List.of());
			return new Registered(this.contacts.create(clientId, withClientLanguage(details, client), null, actor).id(),
					null);
		}
		Registered registered = createInvited(clientId, details, role, source, actor);
		this.engine.start(new OnboardingStart(registered.accessId(), true, null));
		return registered;
	}

	private Registered createInvited(UUID clientId, ContactDetails details, Role role, AccessSource source,
			Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		if (this.accesses.existsByEmailKey(PortalAccess.emailKey(details.email()))) {
			errors.add(new FieldError("email", "guichet.contact.email-taken"));
		}
		ClientSummary client = checkClient(clientId, actor, errors);
		ContactCard contact = this.contacts.create(clientId, withClientLanguage(details, client), null, actor);
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), source, role, now());
		access.setSponsor(actor.name());
		// recorded before the flush, so both history lines go in one insert
		this.audit.record(AuditLog.CONTACT, contact.id(), "INVITED", actor, "role=" + role);
		save(access);
		return new Registered(contact.id(), access.getId());
	}

	/**
	 * Staff asks for an invitation: the first one for a contact card, a new one after the
	 * cool-down ({@code guichet.invitation.reinvite-after}), or a new onboarding for an
	 * access that has ended.
	 */
	@Transactional
	public void requestInvitation(UUID contactId, Actor actor) {
		ContactCard contact = this.queries.card(contactId, actor);
		Optional<PortalAccess> found = this.accesses.findByContactId(contactId);
		if (found.isEmpty()) {
			firstInvitation(contact, Role.REQUESTER, AccessSource.ADMIN, actor);
			return;
		}
		PortalAccess access = found.get();
		AccessRules.checkMayManage(access, actor);
		switch (access.getState()) {
			case INVITED -> resend(access, contact, actor);
			case PENDING_APPROVAL -> throw new ConflictException("guichet.invitation.pending-approval");
			case ACTIVE -> throw new ConflictException("guichet.invitation.already-active");
			default -> {
				if (contact.clientId() == null) {
					throw new ConflictException("guichet.invitation.no-client");
				}
				access.restart(AccessSource.ADMIN, access.getRole(), now());
				access.setSponsor(actor.name());
				this.audit.record(AuditLog.CONTACT, contactId, "INVITED_AGAIN", actor, "role=" + access.getRole());
				this.engine.start(this.forms.start(access, this.clients.find(contact.clientId())));
			}
		}
	}

	/**
	 * A CSV import invites a contact card that has no portal access yet, with the role
	 * its line gives: pre-approved, like a staff invitation.
	 */
	@Transactional
	public void inviteImported(UUID contactId, Role role, Actor actor) {
		ContactCard contact = this.queries.card(contactId, actor);
		if (this.accesses.findByContactId(contactId).isPresent()) {
			throw new ConflictException("guichet.invitation.already-invited");
		}
		firstInvitation(contact, role, AccessSource.IMPORT, actor);
	}

	private void firstInvitation(ContactCard contact, Role role, AccessSource source, Actor actor) {
		if (contact.clientId() == null) {
			throw new ConflictException("guichet.invitation.no-client");
		}
		if (this.accesses.existsByEmailKey(PortalAccess.emailKey(contact.email()))) {
			throw new ConflictException("guichet.contact.email-taken");
		}
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), source, role, now());
		access.setSponsor(actor.name());
		save(access);
		this.audit.record(AuditLog.CONTACT, contact.id(), "INVITED", actor, "role=" + role);
		this.engine.start(this.forms.start(access, this.clients.find(contact.clientId())));
	}

	/**
	 * Whether an invitation last sent at this instant may be sent again now, and from
	 * when: after the cool-down ({@code guichet.invitation.reinvite-after}); never while
	 * the last one is still leaving ({@code null}).
	 */
	public Resend resend(Instant lastInvitationAt) {
		if (lastInvitationAt == null) {
			return new Resend(false, null);
		}
		Instant opensAt = lastInvitationAt.plus(this.settings.reinviteAfter());
		return new Resend(!now().isBefore(opensAt), opensAt);
	}

	private void resend(PortalAccess access, ContactCard contact, Actor actor) {
		Resend resend = resend(access.getLastInvitationAt());
		if (resend.opensAt() == null) {
			throw new ConflictException("guichet.invitation.being-sent");
		}
		if (!resend.open()) {
			throw new ConflictException("guichet.invitation.cool-down", resend.opensAt(), resend.opensAt());
		}
		if (!this.engine.resendRequested(access.getId())) {
			throw new ConflictException("guichet.invitation.being-sent");
		}
		this.audit.record(AuditLog.CONTACT, contact.id(), "RESEND_REQUESTED", actor, null);
	}

	/**
	 * The client must exist and be visible to this user; reported with the other errors.
	 */
	private ClientSummary checkClient(UUID clientId, Actor actor, List<FieldError> errors) {
		Optional<ClientSummary> client = this.clients.visibleTo(clientId, actor);
		List<FieldError> all = new ArrayList<>(errors);
		if (client.isEmpty()) {
			all.add(new FieldError("clientId", "guichet.contact.client-unknown"));
		}
		if (!all.isEmpty()) {
			throw new FieldErrorsException(all);
		}
		return client.get();
	}

	private void save(PortalAccess access) {
		try {
			this.accesses.saveAndFlush(access);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent request gave portal access to the same e-mail first
			throw FieldErrorsException.of("email", "guichet.contact.email-taken");
		}
	}

	/** A contact's language defaults to its client's. */
	static ContactDetails withClientLanguage(ContactDetails details, ClientSummary client) {
		return (details.language() != null) ? details : details.withLanguage(client.language());
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** A re-send of an invitation: open now or not, and from when (null if unknown). */
	public record Resend(boolean open, Instant opensAt) {
	}

}
