package io.guichet.access.web;

import io.guichet.access.Role;
import io.guichet.access.SelfRegistration;
import io.guichet.common.Language;
import io.guichet.common.Patterns;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/registrations}: a contact asks for access to the portal. */
@Reachable
record SelfRegistrationRequest(
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 100,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String firstName,
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 100,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String lastName,
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 254,
				message = "{guichet.validation.size}") @Email(message = "{guichet.validation.email}") @Pattern(
						regexp = Patterns.EMAIL, message = "{guichet.validation.email}") String email,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String phone,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String mobile,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String otherChannel,
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 200,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String company,
		@NotNull(message = "{guichet.validation.role}") Role requestedRole,
		@Pattern(regexp = Language.PATTERN, message = "{guichet.validation.language}") String language)
		implements
			Reachable.Channels {

	SelfRegistration toRegistration() {
		return new SelfRegistration(new ContactDetails(this.firstName, this.lastName, this.email, this.phone,
				this.mobile, this.otherChannel, this.language), this.company.strip(), this.requestedRole);
	}

}
