package io.guichet.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "client")
class Client {

	@Id
	private UUID id;

	private String name;

	@Column(name = "name_key")
	private String nameKey;

	private String alias;

	private String language;

	private String website;

	@Column(name = "account_manager")
	private String accountManager;

	/**
	 * ISO-8601 duration overriding guichet.access.inactivity-period for this client's
	 * contacts.
	 */
	@Column(name = "inactivity_period")
	private String inactivityPeriod;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Client() {
	}

	Client(String name, String alias, String language, String website, String accountManager, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.nameKey = keyOf(name);
		this.alias = alias;
		this.language = language;
		this.website = website;
		this.accountManager = accountManager;
		this.createdAt = createdAt;
	}

	static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void setInactivityPeriod(String inactivityPeriod) {
		this.inactivityPeriod = inactivityPeriod;
	}

	UUID getId() {
		return this.id;
	}

	ClientSummary toSummary() {
		return new ClientSummary(this.id, this.name, this.alias, this.language, this.website, this.accountManager,
				(this.inactivityPeriod != null) ? Duration.parse(this.inactivityPeriod) : null);
	}

}
