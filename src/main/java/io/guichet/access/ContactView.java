package io.guichet.access;

import io.guichet.client.Address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;

/** A contact with its portal access, as {@code GET /api/contacts} answers. */
public record ContactView(UUID id, UUID clientId, String clientName, String salutation, String firstName,
		String middleName, String lastName, String suffix, String jobTitle, String department, String email,
		String email2, String email3, String phone, String mobile, String otherPhone, String otherChannel,
		String language, Privacy privacy, String comments, Address address, String companyAsTyped, AccessView access) {

	static ContactView of(ContactCard card, String clientName, AccessSummary access) {
		ContactDetails d = card.details();
		return new ContactView(card.id(), card.clientId(), clientName, d.salutation(), d.firstName(), d.middleName(),
				d.lastName(), d.suffix(), d.jobTitle(), d.department(), d.email(), d.email2(), d.email3(), d.phone(),
				d.mobile(), d.otherPhone(), d.otherChannel(), d.language(), d.privacy(), d.comments(), d.address(),
				card.companyAsTyped(), AccessView.of(access));
	}

	/** The access part of §7: {@code access: {id, state, sponsor, activatedAt, ...}}. */
	public record AccessView(UUID id, AccessState state, String sponsor, Role role, String permissions,
			Integer resourceProfilesMax, LocalDate expiresOn, Instant activatedAt, Instant lastAccessAt,
			Instant expiresAt, int invitationsSent, Instant lastInvitationAt) {

		static AccessView of(AccessSummary summary) {
			return (summary == null) ? null
					: new AccessView(summary.id(), summary.state(), summary.sponsor(), summary.role(),
							summary.permissions(), summary.resourceProfilesMax(), summary.expiresOn(),
							summary.activatedAt(), summary.lastAccessAt(), summary.expiresAt(),
							summary.invitationsSent(), summary.lastInvitationAt());
		}

	}

}
