package io.guichet.access;

import java.time.Clock;
import java.time.Duration;
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
import io.guichet.common.ConflictException;
import io.guichet.common.Dates;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails that help an active contact sign in: a reminder of where and how, or a
 * single-use link to choose a new password (older reset links die). Staff send them for
 * an access they may act on ({@link AccessRules}); a contact asks for a reset itself.
 */
@Service
public class SignInHelp {

	private final Dates dates;

	private final ManagedAccesses managed;

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Tokens tokens;

	private final Notifications notifications;

	private final ContactMails mails;

	private final AccessSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration resetCooldown;

	SignInHelp(ManagedAccesses managed, PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients,
			Tokens tokens, Notifications notifications, ContactMails mails, AccessSettings settings, AuditLog audit,
			Clock clock, @Value("${guichet.portal.reset-cooldown:PT5M}") Duration resetCooldown, Dates dates) {
		this.dates = dates;
		this.managed = managed;
		this.resetCooldown = resetCooldown;
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.tokens = tokens;
		this.notifications = notifications;
		this.mails = mails;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** An e-mail that reminds an active contact where and how to sign in. */
	@Transactional
	public void sendReminder(UUID contactId, Actor actor) {
		PortalAccess access = this.managed.of(contactId, actor);
		if (access.getState() != AccessState.ACTIVE) {
			throw new ConflictException("guichet.access.not-active");
		}
		ContactCard contact = this.contacts.get(contactId);
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("email", contact.email());
		model.put("company", client.map(ClientSummary::name).orElse(""));
		model.put("link", this.mails.link("/portal/login"));
		this.notifications.send("reminder/" + access.getId() + "/" + this.clock.instant().toEpochMilli(),
				this.mails.mail(contact, client, "reminder", model));
	}

	/** Staff sends a password-reset link to an active contact. */
	@Transactional
	public void sendPasswordResetTo(UUID contactId, Actor actor) {
		PortalAccess access = this.managed.of(contactId, actor);
		switch (sendPasswordReset(access.getId(), actor)) {
			case NOT_ACTIVE -> throw new ConflictException("guichet.access.not-active");
			case TOO_SOON -> {
				Instant opens = this.accesses.lastResetAt(access.getId())
					.orElseGet(this.clock::instant)
					.plus(this.resetCooldown);
				throw new ConflictException("guichet.access.reset-cool-down", opens, opens);
			}
			case SENT -> {
			}
		}
	}

	/**
	 * A reset link for this access; nothing for an access that is not active, nor within
	 * {@code guichet.portal.reset-cooldown} of the last one (the caller decides what it
	 * may say about that). The e-mail leaves once the link is committed.
	 */
	@Transactional
	public ResetSent sendPasswordReset(UUID accessId, Actor actor) {
		PortalAccess access = this.accesses.findById(accessId).orElseThrow(() -> new NotFoundException("access"));
		if (access.getState() != AccessState.ACTIVE) {
			return ResetSent.NOT_ACTIVE;
		}
		Instant now = this.clock.instant();
		if (this.accesses.claimReset(accessId, now, now.minus(this.resetCooldown)) == 0) {
			return ResetSent.TOO_SOON;
		}
		String token = this.tokens.issue(accessId, AccessToken.Purpose.RESET, now, this.settings.resetLinkLifespan());
		ContactCard contact = this.contacts.get(access.getContactId());
		this.audit.record(AuditLog.CONTACT, contact.id(), "PASSWORD_RESET_SENT", actor, null);
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Locale locale = this.mails.localeOf(contact, client);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("link", this.mails.link("/portal/password-reset/new?token=" + token));
		model.put("validUntil", this.dates.format(now.plus(this.settings.resetLinkLifespan()), locale));
		this.notifications.send("password-reset/" + accessId + "/" + now.toEpochMilli(),
				new Mail(contact.email(), locale, "password-reset", model));
		return ResetSent.SENT;
	}

	/** What became of a reset link asked for. */
	public enum ResetSent {

		SENT, NOT_ACTIVE, TOO_SOON

	}

}
