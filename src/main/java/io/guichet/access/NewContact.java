package io.guichet.access;

import java.util.UUID;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact created by staff ({@code POST /api/contacts}, the console, the Tasklist start
 * form, a CSV import), invited straight away or not.
 */
@Reachable
public record NewContact(@NotNull(message = "{guichet.validation.required}") UUID clientId,
		@PersonName String firstName, @PersonName String lastName, @ContactEmail String email,
		@PhoneNumber String phone, @PhoneNumber String mobile, @ShortText String otherChannel,
		@NotNull(message = "{guichet.validation.role}") Role role, @LanguageCode String language, Boolean invite,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String salutation,
		@ShortText String middleName,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String suffix,
		@ShortText String jobTitle, @ShortText String department, @OptionalEmail String email2,
		@OptionalEmail String email3, @PhoneNumber String otherPhone, Privacy privacy,
		@Size(max = 2000, message = "{guichet.validation.size}") String comments) implements Reachable.Channels {

	/** The fields of {@code POST /api/contacts} of SPEC §7; the others are optional. */
	public NewContact(UUID clientId, String firstName, String lastName, String email, String phone, String mobile,
			String otherChannel, Role role, String language, Boolean invite) {
		this(clientId, firstName, lastName, email, phone, mobile, otherChannel, role, language, invite, null, null,
				null, null, null, null, null, null, null, null);
	}

	public ContactDetails details() {
		return new ContactDetails(this.salutation, this.firstName, this.middleName, this.lastName, this.suffix,
				this.jobTitle, this.department, this.email, this.email2, this.email3, this.phone, this.mobile,
				this.otherPhone, this.otherChannel, this.language, this.privacy, this.comments);
	}

	public boolean invited() {
		return Boolean.TRUE.equals(this.invite);
	}

}
