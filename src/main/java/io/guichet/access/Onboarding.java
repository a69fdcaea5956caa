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
import io.guichet.client.StaffViewer;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
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
 * The way in: registrations by staff and by contacts, invitations sent again by hand.
 * Every request for access becomes a ContactOnboarding instance; the diagram decides what
 * follows.
 */
@Service
public class Onboarding {

	private final ClientDirectory clients;

	private final ContactBook contacts;

	private final PortalAccessRepository accesses;

	private final OnboardingEngine engine;

	private final OnboardingSettings settings;

	private final StaffDirectory staff;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate decoys;

	Onboarding(ClientDirectory clients, ContactBook contacts, PortalAccessRepository accesses, OnboardingEngine engine,
			OnboardingSettings settings, StaffDirectory staff, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.decoys = new TransactionTemplate(transactions);
		this.decoys.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.staff = staff;
		this.clients = clients;
		this.contacts = contacts;
		this.accesses = accesses;
		this.engine = engine;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A contact created by staff; when invited it goes straight to INVITED
	 * (pre-approved).
	 */
	@Transactional
	public Registered registerByStaff(UUID clientId, ContactDetails details, Role role, boolean invite, Actor actor) {
		return register(clientId, details, role, invite, AccessSource.ADMIN, actor);
	}

	/**
	 * The same for a staff user who must see the client (restricted clients are hidden
	 * from others): the client is read once, in the registration's own transaction.
	 */
	@Transactional
	public Registered registerByStaff(UUID clientId, ContactDetails details, Role role, boolean invite, Actor actor,
			StaffViewer viewer) {
		if (!this.clients.isVisible(clientId, viewer)) {
			throw FieldErrorsException.of("clientId", "guichet.contact.client-unknown");
		}
		return register(clientId, details, role, invite, AccessSource.ADMIN, actor);
	}

	/**
	 * A contact created by a CSV import: the same way in as a staff registration
	 * (pre-approved when invited), with the access marked as imported.
	 */
	@Transactional
	public Registered registerByImport(UUID clientId, ContactDetails details, Role role, boolean invite, Actor actor) {
		return register(clientId, details, role, invite, AccessSource.IMPORT, actor);
	}

	private Registered register(UUID clientId, ContactDetails details, Role role, boolean invite, AccessSource source,
			Actor actor) {
		if (!invite) {
			ClientSummary client = checkClient(clientId, List.of());
			return new Registered(this.contacts.create(clientId, withClientLanguage(details, client), null, actor).id(),
					null);
		}
		ReviewForm form = createInvitedContact(clientId, details, role, source, actor);
		this.engine.start(form);
		return new Registered(form.contactId(), form.accessId());
	}

	/**
	 * Creates an invited contact without starting a process: for the Tasklist start form,
	 * whose instance already runs.
	 */
	@Transactional
	public ReviewForm createInvitedContact(UUID clientId, ContactDetails details, Role role, Actor actor) {
		return createInvitedContact(clientId, details, role, AccessSource.ADMIN, actor);
	}

	private ReviewForm createInvitedContact(UUID clientId, ContactDetails details, Role role, AccessSource source,
			Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		if (this.accesses.existsByEmailKey(PortalAccess.emailKey(details.email()))) {
			errors.add(new FieldError("email", "guichet.contact.email-taken"));
		}
		ClientSummary client = checkClient(clientId, errors);
		ContactCard contact = this.contacts.create(clientId, withClientLanguage(details, client), null, actor);
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), source, role, now());
		access.setSponsor(actor.name());
		// recorded before the flush, so both history lines go in one insert
		this.audit.record(AuditLog.CONTACT, contact.id(), "INVITED", actor, "role=" + role);
		save(access);
		return reviewForm(access, contact, Optional.of(client));
	}

	/**
	 * A contact asks for access. The caller always answers the same, so nothing here may
	 * tell whether the e-mail is known: a pending, invited or active access is left as it
	 * is.
	 */
	@Transactional
	public void selfRegister(SelfRegistration registration) {
		ContactDetails details = registration.details();
		Optional<PortalAccess> existing = this.accesses.findByEmailKey(PortalAccess.emailKey(details.email()));
		if (existing.isPresent()) {
			PortalAccess access = existing.get();
			if (access.getState().isEnded()) {
				access.restart(AccessSource.SELF, registration.requestedRole(), now());
				ContactCard contact = this.contacts.get(access.getContactId());
				this.audit.record(AuditLog.CONTACT, contact.id(), "REGISTERED", Actor.contact(),
						"company as typed=" + registration.company());
				this.engine.start(reviewForm(access, contact, this.clients.propose(registration.company())));
			}
			else {
				registerDecoy(registration);
			}
			return;
		}
		registerNew(registration);
	}

	private void registerNew(SelfRegistration registration) {
		ContactDetails details = registration.details();
		Optional<ClientSummary> proposed = this.clients.propose(registration.company());
		// a contact card made earlier without an invitation is reused
		ContactCard contact = this.contacts.findByEmail(details.email())
			.stream()
			.findFirst()
			.orElseGet(() -> this.contacts.create(proposed.map(ClientSummary::id).orElse(null), details,
					registration.company(), Actor.contact()));
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), AccessSource.SELF,
				registration.requestedRole(), now());
		// recorded before the flush, so both history lines go in one insert
		this.audit.record(AuditLog.CONTACT, contact.id(), "REGISTERED", Actor.contact(),
				"company as typed=" + registration.company());
		save(access);
		this.engine.start(reviewForm(access, contact, proposed));
	}

	/**
	 * An e-mail with a live access changes nothing, but a quicker answer would tell that
	 * it is registered: the same registration is made for a decoy address in a
	 * transaction that is rolled back, so that both answers take as long.
	 */
	private void registerDecoy(SelfRegistration registration) {
		ContactDetails real = registration.details();
		ContactDetails decoy = new ContactDetails(real.salutation(), real.firstName(), real.middleName(),
				real.lastName(), real.suffix(), real.jobTitle(), real.department(),
				"decoy-" + UUID.randomUUID() + "@decoy.invalid", real.email2(), real.email3(), real.phone(),
				real.mobile(), real.otherPhone(), real.otherChannel(), real.language(), real.privacy(), real.comments(),
				real.address());
		this.decoys.executeWithoutResult((status) -> {
			registerNew(new SelfRegistration(decoy, registration.company(), registration.requestedRole()));
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
				this.engine.start(reviewForm(access, contact, Optional.of(client)));
			}
			return;
		}
		ContactCard contact = this.contacts.create(clientId, withClientLanguage(details, client), client.name(),
				manager);
		PortalAccess access = new PortalAccess(contact.id(), contact.email(), AccessSource.MANAGER, role, now());
		save(access);
		this.audit.record(AuditLog.CONTACT, contact.id(), "INVITED_BY_MANAGER", manager, "role=" + role);
		this.engine.start(reviewForm(access, contact, Optional.of(client)));
	}

	/**
	 * Staff asks for an invitation: the first one for a contact card, a new one after the
	 * cool-down, or a new onboarding for an access that has ended.
	 */
	@Transactional
	public void requestInvitation(UUID contactId, Actor actor) {
		ContactCard contact = this.contacts.get(contactId);
		Optional<PortalAccess> found = this.accesses.findByContactId(contactId);
		if (found.isEmpty()) {
			firstInvitation(contact, Role.REQUESTER, AccessSource.ADMIN, actor);
			return;
		}
		PortalAccess access = found.get();
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
				this.engine.start(reviewForm(access, contact, this.clients.find(contact.clientId())));
			}
		}
	}

	/**
	 * A CSV import invites a contact card that has no portal access yet, with the role
	 * its line gives: pre-approved, like a staff invitation.
	 */
	@Transactional
	public void inviteImported(UUID contactId, Role role, Actor actor) {
		ContactCard contact = this.contacts.get(contactId);
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
		this.engine.start(reviewForm(access, contact, this.clients.find(contact.clientId())));
	}

	private void resend(PortalAccess access, ContactCard contact, Actor actor) {
		Instant last = access.getLastInvitationAt();
		if (last == null) {
			throw new ConflictException("guichet.invitation.being-sent");
		}
		Instant opensAt = last.plus(this.settings.reinviteAfter());
		if (now().isBefore(opensAt)) {
			throw new ConflictException("guichet.invitation.cool-down", opensAt, opensAt);
		}
		if (!this.engine.resendRequested(access.getId())) {
			throw new ConflictException("guichet.invitation.being-sent");
		}
		this.audit.record(AuditLog.CONTACT, contact.id(), "RESEND_REQUESTED", actor, null);
	}

	private ClientSummary checkClient(UUID clientId, List<FieldError> errors) {
		Optional<ClientSummary> client = this.clients.find(clientId);
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

	private ReviewForm reviewForm(PortalAccess access, ContactCard contact, Optional<ClientSummary> client) {
		List<ReviewForm.ClientOption> options = new ArrayList<>();
		client.ifPresent((c) -> options.add(new ReviewForm.ClientOption(c.name(), c.id().toString())));
		if (access.getState() == AccessState.PENDING_APPROVAL) {
			for (ClientSummary other : this.clients.search(null)) {
				if (client.isEmpty() || !other.id().equals(client.get().id())) {
					options.add(new ReviewForm.ClientOption(other.name(), other.id().toString()));
				}
			}
		}
		return new ReviewForm(access.getId(), contact.id(), access.getState() == AccessState.INVITED,
				contact.fullName(), contact.email(), contact.phone(), contact.mobile(), contact.otherChannel(),
				contact.language(), contact.companyAsTyped(), client.map(ClientSummary::id).orElse(null),
				client.map(ClientSummary::name).orElse(null),
				(access.getState() == AccessState.PENDING_APPROVAL) ? proposedApprover(client) : null, access.getRole(),
				options);
	}

	/** A contact's language defaults to its client's. */
	private static ContactDetails withClientLanguage(ContactDetails details, ClientSummary client) {
		return (details.language() != null) ? details : details.withLanguage(client.language());
	}

	/**
	 * The client's account manager, when that is a staff user who can take the review
	 * task (looked up only for a request that waits for one).
	 */
	private String proposedApprover(Optional<ClientSummary> client) {
		return client.map(ClientSummary::accountManager).filter(this.staff::exists).orElse(null);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
