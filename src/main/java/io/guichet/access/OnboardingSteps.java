package io.guichet.access;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.Dates;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.notification.StepMail;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service tasks of ContactOnboarding. Each runs in the engine's transaction; an
 * e-mail is sent through the outbox, once per key, before the step's changes: a failed
 * send rolls back the step and the job is retried.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class OnboardingSteps {

	private final Dates dates;

	private static final Logger log = LoggerFactory.getLogger(OnboardingSteps.class);

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Tokens tokens;

	private final Notifications notifications;

	private final ContactMails mails;

	private final StaffDirectory staff;

	private final OnboardingSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	OnboardingSteps(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients, Tokens tokens,
			Notifications notifications, ContactMails mails, StaffDirectory staff, OnboardingSettings settings,
			AuditLog audit, Clock clock, Dates dates) {
		this.dates = dates;
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.tokens = tokens;
		this.notifications = notifications;
		this.mails = mails;
		this.staff = staff;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The role the access was asked for: the review's role when its completion names none
	 * (the form always does).
	 */
	public Role requestedRole(UUID accessId) {
		return get(accessId).getRole();
	}

	/**
	 * The approver's decision, checked before the review task is left: an approval names
	 * a client the approver may see, and the client the contact's card already has, if
	 * any (a registration never moves an existing card).
	 */
	public void checkDecision(UUID accessId, ReviewDecision decision, Actor approver) {
		if (!decision.approved()) {
			return;
		}
		if (!this.clients.isVisible(decision.clientId(), approver)
				|| this.clients.find(decision.clientId()).isEmpty()) {
			throw FieldErrorsException.of("clientId", "guichet.contact.client-unknown");
		}
		UUID current = this.contacts.get(get(accessId).getContactId()).clientId();
		if (current != null && !current.equals(decision.clientId())) {
			throw FieldErrorsException.of("clientId", "guichet.review.client-fixed");
		}
	}

	public void approve(UUID accessId, ReviewDecision decision, Actor approver) {
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		if (contact.clientId() == null) {
			this.contacts.assignClient(contact.id(), decision.clientId(), approver);
		}
		String permissions = decision.permissions().isEmpty() ? null : String.join(",", decision.permissions());
		access.approve(decision.role(), permissions, decision.expiresOn(), approver.name(), now());
		this.audit.record(AuditLog.CONTACT, contact.id(), "APPROVED", approver, "role=" + decision.role()
				+ ((decision.expiresOn() != null) ? ", expires on " + decision.expiresOn() : ""));
	}

	public void reject(UUID accessId, String reason, Actor approver) {
		PortalAccess access = get(accessId);
		access.reject(reason, approver.name(), now());
		this.audit.record(AuditLog.CONTACT, access.getContactId(), "REJECTED", approver, reason);
	}

	/**
	 * A new activation link (the older ones stop working) and the invitation e-mail, sent
	 * once under {@code mailKey} and the invitation's number. The link is issued in the
	 * e-mail's own claim, so a mail that left before the step was rolled back still
	 * carries a working link when the retry finds it sent.
	 */
	public void sendInvitation(UUID accessId, String mailKey) {
		invitation(accessId, mailKey).runWith(this.notifications);
	}

	/**
	 * {@link #sendInvitation} in two parts: the e-mail, then the invitation counted and
	 * recorded once it went out. Nothing while the access is no longer invited.
	 */
	public MailStep invitation(UUID accessId, String mailKey) {
		PortalAccess access = get(accessId);
		if (access.getState() != AccessState.INVITED) {
			log.info("No invitation sent for access {}: it is {}", accessId, access.getState());
			return MailStep.NOTHING;
		}
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Instant now = now();
		boolean again = access.getInvitationsSent() > 0;
		Locale locale = this.mails.localeOf(contact, client);
		StepMail mail = new StepMail(mailKey + "/" + (access.getInvitationsSent() + 1), () -> {
			String token = this.tokens.issue(accessId, AccessToken.Purpose.ACTIVATION, now,
					this.settings.reinviteAfter());
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", contact.fullName());
			model.put("company", client.map(ClientSummary::name).orElse(""));
			model.put("link", this.mails.link("/activate?token=" + token));
			model.put("validUntil", this.dates.format(now.plus(this.settings.reinviteAfter()), locale));
			model.put("again", again);
			return this.mails.mail(contact, client, "invitation", model);
		});
		return new MailStep(Optional.of(mail), () -> {
			PortalAccess sent = get(accessId);
			sent.invitationSent(now());
			this.audit.record(AuditLog.CONTACT, contact.id(), again ? "REINVITED" : "INVITATION_SENT", Actor.SYSTEM,
					"invitation #" + sent.getInvitationsSent());
		});
	}

	public void expireInvitation(UUID accessId) {
		PortalAccess access = get(accessId);
		if (access.getState() != AccessState.INVITED) {
			return;
		}
		access.moveTo(AccessState.INVITATION_EXPIRED, now());
		this.tokens.killAll(accessId, now());
		this.audit.record(AuditLog.CONTACT, access.getContactId(), "INVITATION_EXPIRED", Actor.SYSTEM,
				access.getInvitationsSent() + " invitations sent");
	}

	public void sendRejectionNotice(UUID accessId, String mailKey) {
		rejectionNotice(accessId, mailKey).runWith(this.notifications);
	}

	/** The contact's e-mail that tells the reason of the rejection. */
	public MailStep rejectionNotice(UUID accessId, String mailKey) {
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("reason", access.getRejectionReason());
		return MailStep.of(new StepMail(mailKey,
				() -> new Mail(contact.email(), this.mails.localeOf(contact, client), "rejection", model)));
	}

	/** Tells the sponsor that a contact never activated its access. */
	public void notifySponsorOfExpiry(UUID accessId, String mailKey) {
		sponsorNotice(accessId, mailKey).runWith(this.notifications);
	}

	/**
	 * {@link #notifySponsorOfExpiry}: the sponsor's e-mail, or, when the sponsor has no
	 * address, its record in the contact's history.
	 */
	public MailStep sponsorNotice(UUID accessId, String mailKey) {
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<StaffAddress> sponsor = Optional.ofNullable(access.getSponsor()).flatMap(this.staff::addressOf);
		if (sponsor.isEmpty()) {
			String missing = "sponsor " + access.getSponsor() + " has no e-mail address";
			return new MailStep(Optional.empty(), () -> this.audit.record(AuditLog.CONTACT, contact.id(),
					"SPONSOR_NOT_NOTIFIED", Actor.SYSTEM, missing));
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("email", contact.email());
		model.put("company", this.clients.find(contact.clientId()).map(ClientSummary::name).orElse(""));
		model.put("invitations", access.getInvitationsSent());
		model.put("contactId", contact.id());
		return MailStep.of(new StepMail(mailKey,
				() -> new Mail(sponsor.get().email(), sponsor.get().languageOr(this.notifications.staffLanguage()),
						"invitation-expired", model, contact.fullName())));
	}

	private PortalAccess get(UUID accessId) {
		return this.accesses.findById(accessId).orElseThrow(() -> new NotFoundException("access " + accessId));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
