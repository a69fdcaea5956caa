package io.guichet.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactBook;

import org.springframework.stereotype.Component;

/**
 * When an active access ends: the inactivity period (the client's, else the default)
 * after the last login, or the fixed expiry date, whichever comes first. Computed from
 * the stored times only, so that a login never has to touch the process engine.
 */
@Component
class Deadlines {

	private final AccessSettings settings;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Clock clock;

	Deadlines(AccessSettings settings, ContactBook contacts, ClientDirectory clients, Clock clock) {
		this.settings = settings;
		this.contacts = contacts;
		this.clients = clients;
		this.clock = clock;
	}

	/** Null unless the access has been activated. */
	Due of(PortalAccess access) {
		if (access.getActivatedAt() == null) {
			return null;
		}
		Instant lastAccess = (access.getLastAccessAt() != null) ? access.getLastAccessAt() : access.getActivatedAt();
		Instant expiresAt = lastAccess.plus(inactivityPeriod(access.getContactId()));
		if (access.getExpiresOn() != null) {
			Instant fixed = access.getExpiresOn().atStartOfDay(this.clock.getZone()).toInstant();
			if (fixed.isBefore(expiresAt)) {
				expiresAt = fixed;
			}
		}
		Instant warningAt = expiresAt.minus(this.settings.expiryWarning());
		boolean warned = expiresAt.equals(access.getWarningSentFor());
		return new Due(expiresAt, warningAt, warned);
	}

	boolean isPast(PortalAccess access) {
		Due due = of(access);
		return due != null && !this.clock.instant().isBefore(due.expiresAt());
	}

	private Duration inactivityPeriod(UUID contactId) {
		return this.contacts.find(contactId)
			.flatMap((contact) -> this.clients.find(contact.clientId()))
			.map(ClientSummary::inactivityPeriod)
			.orElse(this.settings.inactivityPeriod());
	}

	/**
	 * The expiry of an access, when its warning is due, and whether it was sent for this
	 * expiry.
	 */
	record Due(Instant expiresAt, Instant warningAt, boolean warningSent) {

		/** When the lifecycle instance must look again. */
		Instant nextCheckAt() {
			return this.warningSent ? this.expiresAt : this.warningAt;
		}

	}

}
