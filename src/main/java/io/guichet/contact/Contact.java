package io.guichet.contact;

import java.time.Instant;
import java.util.UUID;

import io.guichet.client.AddressColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	private String salutation;

	@Column(name = "middle_name")
	private String middleName;

	private String suffix;

	@Column(name = "job_title")
	private String jobTitle;

	private String department;

	private String email;

	private String email2;

	private String email3;

	private String phone;

	private String mobile;

	@Column(name = "other_phone")
	private String otherPhone;

	@Enumerated(EnumType.STRING)
	private Privacy privacy;

	private String comments;

	@Column(name = "other_channel")
	private String otherChannel;

	private String language;

	@Embedded
	private AddressColumns address;

	@Column(name = "company_as_typed")
	private String companyAsTyped;

	@Column(name = "created_at")
	private Instant createdAt;

	/**
	 * Null until first saved, so that saving a new card inserts it without a select
	 * first.
	 */
	@Version
	private Long version;

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
		this.salutation = details.salutation();
		this.firstName = details.firstName().strip();
		this.middleName = details.middleName();
		this.lastName = details.lastName().strip();
		this.suffix = details.suffix();
		this.jobTitle = details.jobTitle();
		this.department = details.department();
		this.email = details.email().strip();
		this.email2 = details.email2();
		this.email3 = details.email3();
		this.phone = details.phone();
		this.mobile = details.mobile();
		this.otherPhone = details.otherPhone();
		this.otherChannel = details.otherChannel();
		this.language = details.language();
		this.privacy = details.privacy();
		this.comments = details.comments();
		this.address = new AddressColumns(details.address());
	}

	ContactDetails details() {
		return new ContactDetails(this.salutation, this.firstName, this.middleName, this.lastName, this.suffix,
				this.jobTitle, this.department, this.email, this.email2, this.email3, this.phone, this.mobile,
				this.otherPhone, this.otherChannel, this.language, this.privacy, this.comments,
				(this.address != null) ? this.address.toAddress() : null);
	}

	void assignClient(UUID clientId) {
		this.clientId = clientId;
	}

	UUID getId() {
		return this.id;
	}

	ContactCard toCard() {
		return new ContactCard(this.id, this.clientId, this.firstName, this.lastName, this.email, this.phone,
				this.mobile, this.otherChannel, this.language, this.companyAsTyped, this.privacy, details());
	}

}
