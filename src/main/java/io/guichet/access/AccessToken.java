package io.guichet.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use link; only the hash of its token is kept. */
@Entity
@Table(name = "access_token")
class AccessToken {

	enum Purpose {

		ACTIVATION, RESET

	}

	@Id
	private UUID id;

	@Column(name = "access_id")
	private UUID accessId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	protected AccessToken() {
	}

	AccessToken(UUID accessId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.accessId = accessId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	UUID getId() {
		return this.id;
	}

	UUID getAccessId() {
		return this.accessId;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	boolean isSuperseded() {
		return this.supersededAt != null;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	void supersede(Instant now) {
		if (this.usedAt == null && this.supersededAt == null) {
			this.supersededAt = now;
		}
	}

}
