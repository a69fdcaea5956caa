package io.guichet.access;

import java.util.UUID;

import io.guichet.client.Address;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/contacts/{id}}: the whole contact card (the same rules as creating it).
 */
@Reachable
public record ContactForm(@NotNull(message = "{guichet.validation.required}") UUID clientId,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String salutation,
		@PersonName String firstName, @ShortText String middleName, @PersonName String lastName,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String suffix,
		@ShortText String jobTitle, @ShortText String department, @ContactEmail String email,
		@OptionalEmail String email2, @OptionalEmail String email3, @PhoneNumber String phone,
		@PhoneNumber String mobile, @PhoneNumber String otherPhone, @ShortText String otherChannel,
		@LanguageCode String language, Privacy privacy,
		@Size(max = 2000, message = "{guichet.validation.size}") String comments,
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
