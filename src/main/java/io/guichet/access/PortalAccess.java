package io.guichet.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A contact's access to the customer portal; one per contact, reused when invited again.
 */
@Entity
@Table(name = "portal_access")
class PortalAccess {

	@Id
	private UUID id;

	@Column(name = "contact_id")
	private UUID contactId;

	@Column(name = "email_key")
	private String emailKey;

	@Enumerated(EnumType.STRING)
	private AccessState state;

	@Enumerated(EnumType.STRING)
	private AccessSource source;

	private String sponsor;

	@Enumerated(EnumType.STRING)
	@Column(name = "requested_role")
	private Role requestedRole;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String permissions;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Column(name = "activated_at")
	private Instant activatedAt;

	@Column(name = "last_access_at")
	private Instant lastAccessAt;

	@Column(name = "invitations_sent")
	private int invitationsSent;

	@Column(name = "last_invitation_at")
	private Instant lastInvitationAt;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Column(name = "resource_profiles_max")
	private Integer resourceProfilesMax;

	@Column(name = "warning_sent_for")
	private Instant warningSentFor;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	/**
	 * A wrapper, null until persisted: Spring Data then inserts without a select first.
	 */
	@Version
	private Long version;

	protected PortalAccess() {
	}

	PortalAccess(UUID contactId, String email, AccessSource source, Role role, Instant now) {
		this.id = UUID.randomUUID();
		this.contactId = contactId;
		this.emailKey = emailKey(email);
		this.createdAt = now;
		restart(source, role, now);
	}

	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** A new request for access: pending approval, or invited straight away by staff. */
	void restart(AccessSource source, Role role, Instant now) {
		this.source = source;
		this.requestedRole = role;
		this.role = role;
		this.state = (source == AccessSource.ADMIN || source == AccessSource.IMPORT) ? AccessState.INVITED
				: AccessState.PENDING_APPROVAL;
		this.invitationsSent = 0;
		this.lastInvitationAt = null;
		this.rejectionReason = null;
		this.passwordHash = null;
		this.activatedAt = null;
		this.expiresOn = null;
		this.warningSentFor = null;
		this.endedAt = null;
		this.updatedAt = now;
	}

	void approve(Role role, String permissions, LocalDate expiresOn, String sponsor, Instant now) {
		this.role = role;
		this.permissions = permissions;
		this.expiresOn = expiresOn;
		this.sponsor = sponsor;
		moveTo(AccessState.INVITED, now);
	}

	void reject(String reason, String sponsor, Instant now) {
		this.rejectionReason = reason;
		this.sponsor = sponsor;
		moveTo(AccessState.APPROVAL_REJECTED, now);
	}

	void invitationSent(Instant now) {
		this.invitationsSent++;
		this.lastInvitationAt = now;
		this.updatedAt = now;
	}

	void activate(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.activatedAt = now;
		this.lastAccessAt = now;
		moveTo(AccessState.ACTIVE, now);
	}

	void warned(Instant expiresAt, Instant now) {
		this.warningSentFor = expiresAt;
		this.updatedAt = now;
	}

	void end(AccessState state, Instant now) {
		this.endedAt = now;
		moveTo(state, now);
	}

	void changeRights(Role role, String permissions, Integer resourceProfilesMax, LocalDate expiresOn, Instant now) {
		this.resourceProfilesMax = resourceProfilesMax;
		this.role = role;
		this.permissions = permissions;
		this.expiresOn = expiresOn;
		this.updatedAt = now;
	}

	void changeEmail(String email, Instant now) {
		this.emailKey = emailKey(email);
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	void moveTo(AccessState state, Instant now) {
		this.state = state;
		this.updatedAt = now;
	}

	void setSponsor(String sponsor) {
		this.sponsor = sponsor;
	}

	UUID getId() {
		return this.id;
	}

	Instant getActivatedAt() {
		return this.activatedAt;
	}

	Instant getLastAccessAt() {
		return this.lastAccessAt;
	}

	LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	Instant getWarningSentFor() {
		return this.warningSentFor;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Integer getResourceProfilesMax() {
		return this.resourceProfilesMax;
	}

	String getPermissions() {
		return this.permissions;
	}

	UUID getContactId() {
		return this.contactId;
	}

	AccessSource getSource() {
		return this.source;
	}

	AccessState getState() {
		return this.state;
	}

	String getSponsor() {
		return this.sponsor;
	}

	Role getRole() {
		return this.role;
	}

	Instant getLastInvitationAt() {
		return this.lastInvitationAt;
	}

	int getInvitationsSent() {
		return this.invitationsSent;
	}

	String getRejectionReason() {
		return this.rejectionReason;
	}

	AccessSummary toSummary(Instant expiresAt) {
		return new AccessSummary(this.id, this.contactId, this.state, this.source, this.sponsor, this.role,
				this.permissions, this.resourceProfilesMax, this.expiresOn, this.activatedAt, this.lastAccessAt,
				expiresAt, this.invitationsSent, this.lastInvitationAt);
	}

}
