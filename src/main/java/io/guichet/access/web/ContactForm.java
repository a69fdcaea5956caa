package io.guichet.access.web;

import java.util.UUID;

import io.guichet.common.Language;
import io.guichet.common.Patterns;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/contacts/{id}}: the whole contact card (the same rules as creating it).
 */
@Reachable
record ContactForm(@NotNull(message = "{guichet.validation.required}") UUID clientId,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String salutation,
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 100,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String firstName,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String middleName,
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 100,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String lastName,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String suffix,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String jobTitle,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String department,
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 254,
				message = "{guichet.validation.size}") @Email(message = "{guichet.validation.email}") @Pattern(
						regexp = Patterns.EMAIL, message = "{guichet.validation.email}") String email,
		@Size(max = 254, message = "{guichet.validation.size}") @Email(message = "{guichet.validation.email}") @Pattern(
				regexp = Patterns.EMAIL, message = "{guichet.validation.email}") String email2,
		@Size(max = 254, message = "{guichet.validation.size}") @Email(message = "{guichet.validation.email}") @Pattern(
				regexp = Patterns.EMAIL, message = "{guichet.validation.email}") String email3,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String phone,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String mobile,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String otherPhone,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String otherChannel,
		@Pattern(regexp = Language.PATTERN, message = "{guichet.validation.language}") String language, Privacy privacy,
		@Size(max = 2000, message = "{guichet.validation.size}") String comments) implements Reachable.Channels {

	ContactDetails details() {
		return new ContactDetails(this.salutation, this.firstName, this.middleName, this.lastName, this.suffix,
				this.jobTitle, this.department, this.email, this.email2, this.email3, this.phone, this.mobile,
				this.otherPhone, this.otherChannel, this.language, this.privacy, this.comments);
	}

}
