package io.guichet.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactBook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an active access ends: the inactivity period (the client's, else the default)
 * after the last login, or the fixed expiry date, whichever comes first. Computed from
 * the stored times only, so that a login never has to touch the process engine.
 */
@Component
class Deadlines {

	/**
	 * The access, and the inactivity period of its contact's client (null: the default).
	 */
	private static final String ACTIVITY_CHECK = "select a.state, a.activated_at, a.last_access_at, a.expires_on,"
			+ " cl.inactivity_period from portal_access a left join contact c on c.id = a.contact_id"
			+ " left join client cl on cl.id = c.client_id where a.id = ?";

	private final AccessSettings settings;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Clock clock;

	private final JdbcClient sql;

	Deadlines(AccessSettings settings, ContactBook contacts, ClientDirectory clients, Clock clock, JdbcClient sql) {
		this.settings = settings;
		this.sql = sql;
		this.contacts = contacts;
		this.clients = clients;
		this.clock = clock;
	}

	/** Null unless the access has been activated. */
	Due of(PortalAccess access) {
		if (access.getActivatedAt() == null) {
			return null;
		}
		Instant expiresAt = expiresAt(access.getActivatedAt(), access.getLastAccessAt(), access.getExpiresOn(),
				inactivityPeriod(access.getContactId()));
		Instant warningAt = expiresAt.minus(this.settings.expiryWarning());
		boolean warned = expiresAt.equals(access.getWarningSentFor());
		return new Due(expiresAt, warningAt, warned);
	}

	boolean isPast(PortalAccess access) {
		Due due = of(access);
		return due != null && !this.clock.instant().isBefore(due.expiresAt());
	}

	/**
	 * Whether a login reported now may be recorded: the access is active and its deadline
	 * not past. Its state, times and its client's inactivity period are read in one query
	 * (a report of a login elsewhere is the most frequent call of the API).
	 */
	ActivityCheck checkActivity(UUID accessId) {
		return this.sql.sql(ACTIVITY_CHECK).param(accessId).query((row, number) -> {
			if (!AccessState.ACTIVE.name().equals(row.getString(1))) {
				return ActivityCheck.NOT_ACTIVE;
			}
			Instant activatedAt = instant(row.getObject(2, OffsetDateTime.class));
			if (activatedAt == null) {
				return ActivityCheck.OPEN;
			}
			String period = row.getString(5);
			Instant expiresAt = expiresAt(activatedAt, instant(row.getObject(3, OffsetDateTime.class)),
					row.getObject(4, LocalDate.class),
					(period != null) ? Duration.parse(period) : this.settings.inactivityPeriod());
			return this.clock.instant().isBefore(expiresAt) ? ActivityCheck.OPEN : ActivityCheck.NOT_ACTIVE;
		}).optional().orElse(ActivityCheck.UNKNOWN);
	}

	private Instant expiresAt(Instant activatedAt, Instant lastAccessAt, LocalDate expiresOn,
			Duration inactivityPeriod) {
		Instant lastAccess = (lastAccessAt != null) ? lastAccessAt : activatedAt;
		Instant expiresAt = lastAccess.plus(inactivityPeriod);
		if (expiresOn != null) {
			Instant fixed = expiresOn.atStartOfDay(this.clock.getZone()).toInstant();
			if (fixed.isBefore(expiresAt)) {
				expiresAt = fixed;
			}
		}
		return expiresAt;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private Duration inactivityPeriod(UUID contactId) {
		return this.contacts.find(contactId)
			.flatMap((contact) -> this.clients.find(contact.clientId()))
			.map(ClientSummary::inactivityPeriod)
			.orElse(this.settings.inactivityPeriod());
	}

	/** What {@link #checkActivity} found. */
	enum ActivityCheck {

		UNKNOWN, NOT_ACTIVE, OPEN

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
