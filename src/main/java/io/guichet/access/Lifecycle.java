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

import org.springframework.beans.factory.annotation.Value;
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

	private final PortalAccessRepository accesses;

	private final Deadlines deadlines;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Tokens tokens;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	Lifecycle(PortalAccessRepository accesses, Deadlines deadlines, ContactBook contacts, ClientDirectory clients,
			Tokens tokens, MailOutbox outbox, AuditLog audit, Clock clock,
			@Value("${guichet.base-url}") String baseUrl) {
		this.accesses = accesses;
		this.deadlines = deadlines;
		this.contacts = contacts;
		this.clients = clients;
		this.tokens = tokens;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
		PortalAccess access = get(accessId);
		Deadlines.Due due = this.deadlines.of(access);
		if (access.getState() != AccessState.ACTIVE || due.warningSent()) {
			return;
		}
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Locale locale = localeOf(contact, client);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("company", client.map(ClientSummary::name).orElse(""));
		model.put("expiresAt", Dates.format(due.expiresAt(), locale));
		model.put("link", this.baseUrl + "/portal/login");
		this.outbox.sendOnce(mailKey + "/" + due.expiresAt().getEpochSecond(), () -> new Mail(contact.email(), locale,
				"expiry-warning", model, client.map(ClientSummary::name).orElse("Guichet")));
		access.warned(due.expiresAt(), this.clock.instant());
		this.audit.record(AuditLog.CONTACT, contact.id(), "EXPIRY_WARNING_SENT", Actor.SYSTEM,
				"expires at " + due.expiresAt());
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
		PortalAccess access = get(accessId);
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("company", client.map(ClientSummary::name).orElse(""));
		this.outbox.sendOnce(mailKey, () -> new Mail(contact.email(), localeOf(contact, client), "expired", model,
				client.map(ClientSummary::name).orElse("Guichet")));
	}

	static Locale localeOf(ContactCard contact, Optional<ClientSummary> client) {
		return Language.firstSupported(contact.language(), client.map(ClientSummary::language).orElse(null));
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
