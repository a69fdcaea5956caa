package io.guichet.access;

import java.util.UUID;

/** A contact with its portal access, as {@code GET /api/contacts} answers. */
public record ContactView(UUID id, UUID clientId, String clientName, String firstName, String lastName, String email,
		String phone, String mobile, String otherChannel, String language, String companyAsTyped, AccessView access) {

	/** The access part of §7: {@code access: {id, state, sponsor, activatedAt, ...}}. */
	public record AccessView(UUID id, AccessState state, String sponsor, Role role, String permissions,
			java.time.LocalDate expiresOn, java.time.Instant activatedAt, java.time.Instant lastAccessAt,
			java.time.Instant expiresAt, int invitationsSent, java.time.Instant lastInvitationAt) {

		static AccessView of(AccessSummary summary) {
			return (summary == null) ? null
					: new AccessView(summary.id(), summary.state(), summary.sponsor(), summary.role(),
							summary.permissions(), summary.expiresOn(), summary.activatedAt(), summary.lastAccessAt(),
							summary.expiresAt(), summary.invitationsSent(), summary.lastInvitationAt());
		}

	}

}
