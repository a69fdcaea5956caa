package io.guichet.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "contact")
class Contact {

	@Id
	private UUID id;

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "first_name")
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	private String email;

	private String phone;

	private String mobile;

	@Column(name = "other_channel")
	private String otherChannel;

	private String language;

	@Column(name = "company_as_typed")
	private String companyAsTyped;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Contact() {
	}

	Contact(UUID clientId, ContactDetails details, String companyAsTyped, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.companyAsTyped = companyAsTyped;
		this.createdAt = createdAt;
		apply(details);
	}

	void apply(ContactDetails details) {
		this.firstName = details.firstName().strip();
		this.lastName = details.lastName().strip();
		this.email = details.email().strip();
		this.phone = details.phone();
		this.mobile = details.mobile();
		this.otherChannel = details.otherChannel();
		this.language = details.language();
	}

	void assignClient(UUID clientId) {
		this.clientId = clientId;
	}

	UUID getId() {
		return this.id;
	}

	ContactCard toCard() {
		return new ContactCard(this.id, this.clientId, this.firstName, this.lastName, this.email, this.phone,
				this.mobile, this.otherChannel, this.language, this.companyAsTyped);
	}

}
