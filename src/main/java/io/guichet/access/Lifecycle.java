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
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Notifications;
import io.guichet.notification.StepMail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service tasks of AccessLifecycle: look at the deadlines, warn, expire. The instance
 * asks {@link #check} each time its timer fires; a login in between only moved the stored
 * times, so a timer that fires early just re-arms.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Lifecycle {

	private final Dates dates;

	private final PortalAccessRepository accesses;

	private final Deadlines deadlines;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Tokens tokens;

	private final Notifications notifications;

	private final ContactMails mails;

	private final AuditLog audit;

	private final Clock clock;

	Lifecycle(PortalAccessRepository accesses, Deadlines deadlines, ContactBook contacts, ClientDirectory clients,
			Tokens tokens, Notifications notifications, ContactMails mails, AuditLog audit, Clock clock, Dates dates) {
		this.dates = dates;
		this.accesses = accesses;
		this.deadlines = deadlines;
		this.contacts = contacts;
		this.clients = clients;
		this.tokens = tokens;
		this.notifications = notifications;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	public Check check(UUID accessId) {
		PortalAccess access = get(accessId);
		if (access.getState() != AccessState.ACTIVE) {
			return new Check(Outcome.GONE, null);
		}
		Deadlines.Due due = this.deadlines.of(access);
		Instant now = this.clock.instant();
		if (!now.isBefore(due.expiresAt())) {
			return new Check(Outcome.EXPIRE, null);
		}
		if (!due.warningSent() && !now.isBefore(due.warningAt())) {
			return new Check(Outcome.WARN, null);
		}
		return new Check(Outcome.WAIT, due.nextCheckAt());
	}

	/** Sent once per expiry date under {@code mailKey}. */
	public void sendExpiryWarning(UUID accessId, String mailKey) {
		expiryWarning(accessId, mailKey).runWith(this.notifications);
	}

	/**
	 * {@link #sendExpiryWarning} in two parts: the e-mail, then the warning recorded once
	 * it went out. Nothing when the access is no longer active or was warned of this
	 * date.
	 */
	public MailStep expiryWarning(UUID accessId, String mailKey) {
		PortalAccess access = get(accessId);
		Deadlines.Due due = this.deadlines.of(access);
		if (access.getState() != AccessState.ACTIVE || due.warningSent()) {
			return MailStep.NOTHING;
		}
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Locale locale = this.mails.localeOf(contact, client);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("company", client.map(ClientSummary::name).orElse(""));
		model.put("expiresAt", this.dates.format(due.expiresAt(), locale));
		model.put("link", this.mails.link("/portal/login"));
		return new MailStep(Optional.of(new StepMail(mailKey + "/" + due.expiresAt().getEpochSecond(),
				() -> this.mails.mail(contact, client, "expiry-warning", model))), () -> {
					get(accessId).warned(due.expiresAt(), this.clock.instant());
					this.audit.record(AuditLog.CONTACT, contact.id(), "EXPIRY_WARNING_SENT", Actor.SYSTEM,
							"expires at " + due.expiresAt());
				});
	}

	public void expire(UUID accessId) {
		PortalAccess access = get(accessId);
		if (access.getState() != AccessState.ACTIVE) {
			return;
		}
		Instant now = this.clock.instant();
		access.end(AccessState.EXPIRED, now);
		this.tokens.killAll(accessId, now);
		this.audit.record(AuditLog.CONTACT, access.getContactId(), "EXPIRED", Actor.SYSTEM,
				(access.getExpiresOn() != null
						&& !now.isBefore(access.getExpiresOn().atStartOfDay(this.clock.getZone()).toInstant()))
								? "fixed expiry date " + access.getExpiresOn() : "no login for the inactivity period");
	}

	public void sendExpiryNotice(UUID accessId, String mailKey) {
		expiryNotice(accessId, mailKey).runWith(this.notifications);
	}

	/** The contact's e-mail that tells its access has ended. */
	public MailStep expiryNotice(UUID accessId, String mailKey) {
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("company", client.map(ClientSummary::name).orElse(""));
		return MailStep.of(new StepMail(mailKey, () -> this.mails.mail(contact, client, "expired", model)));
	}

	private PortalAccess get(UUID accessId) {
		return this.accesses.findById(accessId).orElseThrow(() -> new NotFoundException("access " + accessId));
	}

	public enum Outcome {

		/** Nothing due yet: wait until {@code nextCheckAt}. */
		WAIT,
		/** The warning is due. */
		WARN,
		/** The access is past its deadline. */
		EXPIRE,
		/** The access is no longer active (revoked meanwhile): the instance ends. */
		GONE

	}

	public record Check(Outcome outcome, Instant nextCheckAt) {
	}

}
