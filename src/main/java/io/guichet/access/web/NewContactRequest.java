package io.guichet.access.web;

import java.util.UUID;

import io.guichet.access.Role;
import io.guichet.common.Language;
import io.guichet.common.Patterns;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/contacts}: a contact created by staff, invited straight away or not.
 */
@Reachable
public record NewContactRequest(@NotNull(message = "{guichet.validation.required}") UUID clientId,
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
		@NotNull(message = "{guichet.validation.role}") Role role,
		@Pattern(regexp = Language.PATTERN, message = "{guichet.validation.language}") String language,
		Boolean invite) implements Reachable.Channels {

	public ContactDetails details() {
		return new ContactDetails(this.firstName, this.lastName, this.email, this.phone, this.mobile, this.otherChannel,
				this.language);
	}

	public boolean invited() {
		return Boolean.TRUE.equals(this.invite);
	}

}
