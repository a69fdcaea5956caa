package io.guichet.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/**
 * What a stranger typed when asking for access with an e-mail that already has a card
 * (which stays as it is): the review form shows it. One per access, replaced at its next
 * self-registration.
 */
@Entity
@Table(name = "typed_registration")
class TypedRegistration implements Persistable<UUID> {

	@Id
	@Column(name = "access_id")
	private UUID accessId;

	@Column(name = "first_name")
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	private String email;

	private String phone;

	private String mobile;

	@Column(name = "other_channel")
	private String otherChannel;

	private String company;

	@Column(name = "typed_at")
	private Instant typedAt;

	private transient boolean fresh;

	protected TypedRegistration() {
	}

	TypedRegistration(UUID accessId, SelfRegistration registration, Instant typedAt) {
		this.accessId = accessId;
		this.fresh = true;
		replace(registration, typedAt);
	}

	void replace(SelfRegistration registration, Instant typedAt) {
		this.firstName = registration.details().firstName();
		this.lastName = registration.details().lastName();
		this.email = registration.details().email();
		this.phone = registration.details().phone();
		this.mobile = registration.details().mobile();
		this.otherChannel = registration.details().otherChannel();
		this.company = registration.company();
		this.typedAt = typedAt;
	}

	@Override
	public UUID getId() {
		return this.accessId;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	String name() {
		return String.join(" ", this.firstName, this.lastName);
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	String getMobile() {
		return this.mobile;
	}

	String getOtherChannel() {
		return this.otherChannel;
	}

	String getCompany() {
		return this.company;
	}

}
