package io.guichet.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the API and other modules see of a portal access. */
public record AccessSummary(UUID id, UUID contactId, AccessState state, AccessSource source, String sponsor, Role role,
		String permissions, Integer resourceProfilesMax, LocalDate expiresOn, Instant activatedAt, Instant lastAccessAt,
		Instant expiresAt, int invitationsSent, Instant lastInvitationAt) {
}
