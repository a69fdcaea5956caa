package io.guichet.access.web;

import io.guichet.access.Role;
import io.guichet.access.SelfRegistration;
import io.guichet.common.LanguageCode;
import io.guichet.common.CompanyName;
import io.guichet.common.PhoneNumber;
import io.guichet.common.ContactEmail;
import io.guichet.common.ShortText;
import io.guichet.common.PersonName;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/registrations}: a contact asks for access to the portal. */
@Reachable
record SelfRegistrationRequest(@PersonName String firstName, @PersonName String lastName, @ContactEmail String email,
		@PhoneNumber String phone, @PhoneNumber String mobile, @ShortText String otherChannel,
		@CompanyName String company, @NotNull(message = "{guichet.validation.role}") Role requestedRole,
		@LanguageCode String language) implements Reachable.Channels {

	SelfRegistration toRegistration() {
		return new SelfRegistration(new ContactDetails(this.firstName, this.lastName, this.email, this.phone,
				this.mobile, this.otherChannel, this.language), this.company.strip(), this.requestedRole);
	}

}
