package io.guichet.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.Language;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activation link: looking at it changes nothing (mail scanners follow links);
 * posting a password with it activates the access and tells the waiting onboarding
 * instance.
 */
@Service
public class Activation {

	private final Tokens tokens;

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final OnboardingEngine engine;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	Activation(Tokens tokens, PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients,
			OnboardingEngine engine, PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.engine = engine;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public LinkCheck check(String rawToken) {
		Optional<AccessToken> found = this.tokens.find(rawToken, AccessToken.Purpose.ACTIVATION);
		if (found.isEmpty()) {
			return LinkCheck.of(LinkStatus.UNKNOWN);
		}
		AccessToken token = found.get();
		PortalAccess access = this.accesses.findById(token.getAccessId()).orElseThrow();
		ContactCard contact = this.contacts.get(access.getContactId());
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Locale locale = Language.firstSupported(contact.language(), client.map(ClientSummary::language).orElse(null));
		LinkStatus status = statusOf(token, access);
		if (status != LinkStatus.VALID) {
			// say nothing about the account, except when a newer invitation was sent
			Instant newer = (status == LinkStatus.SUPERSEDED) ? access.getLastInvitationAt() : null;
			return new LinkCheck(status, null, null, newer, locale);
		}
		return new LinkCheck(status, contact.fullName(), client.map(ClientSummary::name).orElse(""), null, locale);
	}

	/**
	 * Sets the password and activates. Wrong passwords come back as field errors; a link
	 * that cannot be used any more comes back as its status, and nothing is written.
	 */
	@Transactional
	public LinkStatus activate(String rawToken, String password, String confirmation) {
		Optional<AccessToken> found = this.tokens.find(rawToken, AccessToken.Purpose.ACTIVATION);
		if (found.isEmpty()) {
			return LinkStatus.UNKNOWN;
		}
		AccessToken token = found.get();
		PortalAccess access = this.accesses.findById(token.getAccessId()).orElseThrow();
		LinkStatus status = statusOf(token, access);
		if (status != LinkStatus.VALID) {
			return status;
		}
		this.policy.check(password, confirmation, this.contacts.get(access.getContactId()));
		Instant now = this.clock.instant();
		token.use(now);
		this.tokens.killAll(access.getId(), now);
		access.activate(this.passwords.encode(password), now);
		this.audit.record(AuditLog.CONTACT, access.getContactId(), "ACTIVATED", Actor.contact(), null);
		if (!this.engine.accessActivated(access.getId())) {
			// the instance is not waiting (a new invitation is on its way): refuse, write
			// nothing
			throw new LinkNoLongerValidException();
		}
		return LinkStatus.ACTIVATED;
	}

	private LinkStatus statusOf(AccessToken token, PortalAccess access) {
		if (token.isUsed()) {
			return LinkStatus.USED;
		}
		if (token.isSuperseded()) {
			return (access.getState() == AccessState.INVITED) ? LinkStatus.SUPERSEDED : LinkStatus.EXPIRED;
		}
		if (token.isExpired(this.clock.instant()) || access.getState() != AccessState.INVITED) {
			return LinkStatus.EXPIRED;
		}
		return LinkStatus.VALID;
	}

	public enum LinkStatus {

		VALID, ACTIVATED, USED, SUPERSEDED, EXPIRED, UNKNOWN

	}

	/** What the activation page may show about a link. */
	public record LinkCheck(LinkStatus status, String contactName, String companyName, Instant newerInvitationAt,
			Locale locale) {

		static LinkCheck of(LinkStatus status) {
			return new LinkCheck(status, null, null, null, null);
		}

	}

	/** The link was valid a moment ago but the onboarding instance has moved on. */
	public static class LinkNoLongerValidException extends RuntimeException {

		LinkNoLongerValidException() {
			super("The onboarding instance is not waiting for an activation");
		}

	}

}
