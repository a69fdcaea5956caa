package io.guichet.client;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.guichet.client.ClientForm.AccountType;
import io.guichet.client.ClientForm.ClientStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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

	@Column(name = "parent_id")
	private UUID parentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "account_type")
	private AccountType accountType;

	@Enumerated(EnumType.STRING)
	private ClientStatus status;

	private String language;

	private String website;

	private String phone;

	private String fax;

	private String email;

	@Column(name = "vat_number")
	private String vatNumber;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "street", column = @Column(name = "primary_street")),
			@AttributeOverride(name = "city", column = @Column(name = "primary_city")),
			@AttributeOverride(name = "province", column = @Column(name = "primary_province")),
			@AttributeOverride(name = "postalCode", column = @Column(name = "primary_postal_code")),
			@AttributeOverride(name = "country", column = @Column(name = "primary_country")) })
	private AddressColumns primaryAddress;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
			@AttributeOverride(name = "city", column = @Column(name = "billing_city")),
			@AttributeOverride(name = "province", column = @Column(name = "billing_province")),
			@AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
			@AttributeOverride(name = "country", column = @Column(name = "billing_country")) })
	private AddressColumns billingAddress;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "street", column = @Column(name = "shipping_street")),
			@AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
			@AttributeOverride(name = "province", column = @Column(name = "shipping_province")),
			@AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
			@AttributeOverride(name = "country", column = @Column(name = "shipping_country")) })
	private AddressColumns shippingAddress;

	@Column(name = "account_manager")
	private String accountManager;

	/**
	 * ISO-8601 duration overriding guichet.access.inactivity-period for this client's
	 * contacts.
	 */
	@Column(name = "inactivity_period")
	private String inactivityPeriod;

	/**
	 * When true, only the allowed users (and admins) see this client, its contacts and
	 * projects.
	 */
	private boolean restricted;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "client_allowed_user", joinColumns = @JoinColumn(name = "client_id"))
	@Column(name = "user_id")
	private Set<String> allowedUsers = new LinkedHashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Client() {
	}

	Client(ClientForm form, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		apply(form);
	}

	static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void apply(ClientForm form) {
		this.name = form.name().strip();
		this.nameKey = keyOf(form.name());
		this.alias = blankToNull(form.alias());
		this.parentId = form.parentId();
		this.accountType = (form.accountType() != null) ? form.accountType() : AccountType.CLIENT;
		this.status = (form.status() != null) ? form.status() : ClientStatus.ACTIVE;
		this.language = (form.language() != null) ? form.language() : "fr";
		this.website = blankToNull(form.website());
		this.phone = blankToNull(form.phone());
		this.fax = blankToNull(form.fax());
		this.email = blankToNull(form.email());
		this.vatNumber = blankToNull(form.vatNumber());
		this.primaryAddress = new AddressColumns(form.primaryAddress());
		this.billingAddress = new AddressColumns(form.billingAddress());
		this.shippingAddress = new AddressColumns(form.shippingAddress());
		this.accountManager = blankToNull(form.accountManager());
		List<String> allowed = (form.allowedUsers() != null) ? form.allowedUsers() : List.of();
		this.allowedUsers.clear();
		allowed.stream()
			.filter((user) -> user != null && !user.isBlank())
			.map(String::strip)
			.forEach(this.allowedUsers::add);
		this.restricted = !this.allowedUsers.isEmpty();
	}

	void setInactivityPeriod(String inactivityPeriod) {
		this.inactivityPeriod = inactivityPeriod;
	}

	UUID getId() {
		return this.id;
	}

	UUID getParentId() {
		return this.parentId;
	}

	/** Whether this staff user may see the client (admins see every client). */
	/** Whether every staff user may see it (no allowed users listed). */
	boolean isOpen() {
		return !this.restricted;
	}

	boolean isVisibleTo(String user, boolean admin) {
		return admin || !this.restricted || this.allowedUsers.contains(user);
	}

	ClientSummary toSummary() {
		return new ClientSummary(this.id, this.name, this.alias, this.language, this.website, this.accountManager,
				(this.inactivityPeriod != null) ? Duration.parse(this.inactivityPeriod) : null);
	}

	ClientView toView() {
		return new ClientView(this.id, this.name, this.alias, this.parentId, this.accountType, this.status,
				this.language, this.website, this.phone, this.fax, address(this.primaryAddress),
				address(this.billingAddress), address(this.shippingAddress), this.accountManager,
				(this.inactivityPeriod != null) ? Duration.parse(this.inactivityPeriod) : null,
				List.copyOf(this.allowedUsers), this.email, this.vatNumber, this.createdAt);
	}

	private static Address address(AddressColumns columns) {
		return (columns != null) ? columns.toAddress() : Address.EMPTY;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
