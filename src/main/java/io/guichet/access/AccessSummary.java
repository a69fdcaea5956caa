package io.guichet.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the API and other modules see of a portal access. */
public record AccessSummary(@Schema(example = ApiExamples.ACCESS_ID) UUID id,
		@Schema(example = ApiExamples.CONTACT_ID) UUID contactId, AccessState state,
		@Schema(description = "How the access began: by staff, self-registration, a manager or an "
				+ "import.") AccessSource source,
		@Schema(description = "The staff user who invited or approved the contact.",
				example = ApiExamples.STAFF_USER) String sponsor,
		Role role,
		@Schema(description = "The portal permissions, comma-separated.",
				example = "PROJECT_REVIEW,RESOURCE_PROFILES") String permissions,
		@Schema(example = "10") Integer resourceProfilesMax,
		@Schema(description = "A fixed last day, if any.", example = ApiExamples.DATE) LocalDate expiresOn,
		@Schema(example = "2026-03-04T14:02:11Z") Instant activatedAt,
		@Schema(example = ApiExamples.INSTANT) Instant lastAccessAt,
		@Schema(description = "When the access expires for inactivity, unless the contact signs in again.",
				example = "2026-12-28T08:41:37Z") Instant expiresAt,
		@Schema(example = "1") int invitationsSent,
		@Schema(example = "2026-03-03T10:00:00Z") Instant lastInvitationAt) {
}
