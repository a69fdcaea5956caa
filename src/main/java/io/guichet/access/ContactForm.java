package io.guichet.access;

import java.util.UUID;

import io.guichet.client.Address;
import io.guichet.common.ApiExamples;
import io.guichet.common.ContactEmail;
import io.guichet.common.LanguageCode;
import io.guichet.common.OptionalEmail;
import io.guichet.common.Patterns;
import io.guichet.common.PersonName;
import io.guichet.common.PhoneNumber;
import io.guichet.common.Reachable;
import io.guichet.common.ShortText;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/contacts/{id}}: the whole contact card (the same rules as creating it).
 */
@Reachable
public record ContactForm(
		@Schema(description = "A client this user may see.",
				example = ApiExamples.CLIENT_ID) @NotNull(message = "{guichet.validation.required}") UUID clientId,
		@Schema(example = "Ms.") @Size(max = 20, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String salutation,
		@Schema(example = ApiExamples.FIRST_NAME) @PersonName String firstName,
		@Schema(example = "Anne") @ShortText String middleName,
		@Schema(example = ApiExamples.LAST_NAME) @PersonName String lastName,
		@Schema(example = "MBA") @Size(max = 20, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String suffix,
		@Schema(example = "Purchasing manager") @ShortText String jobTitle,
		@Schema(example = "Purchasing") @ShortText String department,
		@Schema(example = ApiExamples.EMAIL) @ContactEmail String email,
		@Schema(example = "lisa@example.org") @OptionalEmail String email2,
		@Schema(example = "l.bowman@example.net") @OptionalEmail String email3,
		@Schema(example = ApiExamples.PHONE) @PhoneNumber String phone,
		@Schema(example = ApiExamples.MOBILE) @PhoneNumber String mobile,
		@Schema(example = "+1 514 555 0100") @PhoneNumber String otherPhone,
		@Schema(example = ApiExamples.OTHER_CHANNEL) @ShortText String otherChannel,
		@Schema(description = "fr or en; the client's when left out.",
				example = ApiExamples.LANGUAGE) @LanguageCode String language,
		Privacy privacy,
		@Schema(example = "Prefers to be called in the morning.") @Size(max = 2000,
				message = "{guichet.validation.size}") String comments,
		@Valid Address address) implements Reachable.Channels {

	public ContactForm {
		// no address at all reads as an empty one (a form re-shown shows its fields)
		address = (address != null) ? address : new Address(null, null, null, null, null);
	}

	public ContactDetails details() {
		return new ContactDetails(this.salutation, this.firstName, this.middleName, this.lastName, this.suffix,
				this.jobTitle, this.department, this.email, this.email2, this.email3, this.phone, this.mobile,
				this.otherPhone, this.otherChannel, this.language, this.privacy, this.comments, this.address);
	}

}
