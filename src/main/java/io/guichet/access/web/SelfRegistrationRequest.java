package io.guichet.access.web;

import io.guichet.access.Role;
import io.guichet.access.SelfRegistration;
import io.guichet.common.ApiExamples;
import io.guichet.common.LanguageCode;
import io.guichet.common.CompanyName;
import io.guichet.common.PhoneNumber;
import io.guichet.common.ContactEmail;
import io.guichet.common.ShortText;
import io.guichet.common.PersonName;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/registrations}: a contact asks for access to the portal. */
@Reachable
record SelfRegistrationRequest(@Schema(example = ApiExamples.FIRST_NAME) @PersonName String firstName,
		@Schema(example = ApiExamples.LAST_NAME) @PersonName String lastName,
		@Schema(example = ApiExamples.EMAIL) @ContactEmail String email,
		@Schema(example = ApiExamples.PHONE) @PhoneNumber String phone,
		@Schema(example = ApiExamples.MOBILE) @PhoneNumber String mobile,
		@Schema(example = ApiExamples.OTHER_CHANNEL) @ShortText String otherChannel,
		@Schema(description = "The company as the person types it; the approver chooses the client.",
				example = ApiExamples.CLIENT_NAME) @CompanyName String company,
		@NotNull(message = "{guichet.validation.role}") Role requestedRole,
		@Schema(description = "fr or en.", example = ApiExamples.LANGUAGE) @LanguageCode String language)
		implements
			Reachable.Channels {

	SelfRegistration toRegistration() {
		return new SelfRegistration(new ContactDetails(this.firstName, this.lastName, this.email, this.phone,
				this.mobile, this.otherChannel, this.language), this.company.strip(), this.requestedRole);
	}

}
