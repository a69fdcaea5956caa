package io.guichet.access;

import io.guichet.client.Address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contact with its portal access, as {@code GET /api/contacts} answers. */
public record ContactView(@Schema(example = ApiExamples.CONTACT_ID) UUID id,
		@Schema(example = ApiExamples.CLIENT_ID) UUID clientId,
		@Schema(example = ApiExamples.CLIENT_NAME) String clientName, @Schema(example = "Ms.") String salutation,
		@Schema(example = ApiExamples.FIRST_NAME) String firstName, @Schema(example = "Anne") String middleName,
		@Schema(example = ApiExamples.LAST_NAME) String lastName, @Schema(example = "MBA") String suffix,
		@Schema(example = "Purchasing manager") String jobTitle, @Schema(example = "Purchasing") String department,
		@Schema(example = ApiExamples.EMAIL) String email, @Schema(example = "lisa@example.org") String email2,
		@Schema(example = "l.bowman@example.net") String email3, @Schema(example = ApiExamples.PHONE) String phone,
		@Schema(example = ApiExamples.MOBILE) String mobile, @Schema(example = "+1 514 555 0100") String otherPhone,
		@Schema(example = ApiExamples.OTHER_CHANNEL) String otherChannel,
		@Schema(description = "fr or en.", example = ApiExamples.LANGUAGE) String language, Privacy privacy,
		@Schema(example = "Prefers to be called in the morning.") String comments, Address address,
		@Schema(description = "The company as the contact typed it when registering itself.",
				example = "Bowman Furniture Inc.") String companyAsTyped,
		@Schema(description = "Its portal access; null when it has none.") AccessView access) {

	static ContactView of(ContactCard card, String clientName, AccessSummary access) {
		ContactDetails d = card.details();
		return new ContactView(card.id(), card.clientId(), clientName, d.salutation(), d.firstName(), d.middleName(),
				d.lastName(), d.suffix(), d.jobTitle(), d.department(), d.email(), d.email2(), d.email3(), d.phone(),
				d.mobile(), d.otherPhone(), d.otherChannel(), d.language(), d.privacy(), d.comments(), d.address(),
				card.companyAsTyped(), AccessView.of(access));
	}

	/** The access part of §7: {@code access: {id, state, sponsor, activatedAt, ...}}. */
	public record AccessView(@Schema(example = ApiExamples.ACCESS_ID) UUID id, AccessState state,
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

		static AccessView of(AccessSummary summary) {
			return (summary == null) ? null
					: new AccessView(summary.id(), summary.state(), summary.sponsor(), summary.role(),
							summary.permissions(), summary.resourceProfilesMax(), summary.expiresOn(),
							summary.activatedAt(), summary.lastAccessAt(), summary.expiresAt(),
							summary.invitationsSent(), summary.lastInvitationAt());
		}

	}

}
