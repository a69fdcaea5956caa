package io.guichet.contact;

import java.util.UUID;

/** What other modules see of a contact. */
public record ContactCard(UUID id, UUID clientId, String firstName, String lastName, String email, String phone,
		String mobile, String otherChannel, String language, String companyAsTyped, Privacy privacy,
		ContactDetails details) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
