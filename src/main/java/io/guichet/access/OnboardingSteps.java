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
import io.guichet.common.Language;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.MailOutbox;
import io.guichet.notification.Mailer.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
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

	private static final Logger log = LoggerFactory.getLogger(OnboardingSteps.class);

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Tokens tokens;

	private final MailOutbox outbox;

	private final StaffDirectory staff;

	private final OnboardingSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final String staffLanguage;

	OnboardingSteps(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients, Tokens tokens,
			MailOutbox outbox, StaffDirectory staff, OnboardingSettings settings, AuditLog audit, Clock clock,
			@Value("${guichet.base-url}") String baseUrl,
			@Value("${guichet.mail.staff-language}") String staffLanguage) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.tokens = tokens;
		this.outbox = outbox;
		this.staff = staff;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.staffLanguage = staffLanguage;
	}

	public void approve(UUID accessId, ReviewDecision decision, Actor approver) {
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		if (!decision.clientId().equals(contact.clientId())) {
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
		PortalAccess access = get(accessId);
		if (access.getState() != AccessState.INVITED) {
			log.info("No invitation sent for access {}: it is {}", accessId, access.getState());
			return;
		}
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Instant now = now();
		boolean again = access.getInvitationsSent() > 0;
		Locale locale = localeOf(contact, client);
		this.outbox.sendOnce(mailKey + "/" + (access.getInvitationsSent() + 1), () -> {
			String token = this.tokens.issue(accessId, AccessToken.Purpose.ACTIVATION, now,
					this.settings.reinviteAfter());
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", contact.fullName());
			model.put("company", client.map(ClientSummary::name).orElse(""));
			model.put("link", this.baseUrl + "/activate?token=" + token);
			model.put("validUntil", Dates.format(now.plus(this.settings.reinviteAfter()), locale));
			model.put("again", again);
			return new Mail(contact.email(), locale, "invitation", model,
					client.map(ClientSummary::name).orElse("Guichet"));
		});
		access.invitationSent(now);
		this.audit.record(AuditLog.CONTACT, contact.id(), again ? "REINVITED" : "INVITATION_SENT", Actor.SYSTEM,
				"invitation #" + access.getInvitationsSent());
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
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("reason", access.getRejectionReason());
		this.outbox.sendOnce(mailKey, () -> new Mail(contact.email(), localeOf(contact, client), "rejection", model));
	}

	/** Tells the sponsor that a contact never activated its access. */
	public void notifySponsorOfExpiry(UUID accessId, String mailKey) {
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<String> email = Optional.ofNullable(access.getSponsor()).flatMap(this.staff::emailOf);
		if (email.isEmpty()) {
			this.audit.record(AuditLog.CONTACT, contact.id(), "SPONSOR_NOT_NOTIFIED", Actor.SYSTEM,
					"sponsor " + access.getSponsor() + " has no e-mail address");
			return;
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("email", contact.email());
		model.put("company", this.clients.find(contact.clientId()).map(ClientSummary::name).orElse(""));
		model.put("invitations", access.getInvitationsSent());
		model.put("contactId", contact.id());
		this.outbox.sendOnce(mailKey, () -> new Mail(email.get(), Language.firstSupported(this.staffLanguage),
				"invitation-expired", model, contact.fullName()));
	}

	private static Locale localeOf(ContactCard contact, Optional<ClientSummary> client) {
		return Language.firstSupported(contact.language(), client.map(ClientSummary::language).orElse(null));
	}

	private PortalAccess get(UUID accessId) {
		return this.accesses.findById(accessId).orElseThrow(() -> new NotFoundException("access " + accessId));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
