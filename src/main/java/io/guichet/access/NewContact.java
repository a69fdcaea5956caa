package io.guichet.access;

import java.util.UUID;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact created by staff ({@code POST /api/contacts}, the console, the Tasklist start
 * form, a CSV import), invited straight away or not.
 */
@Reachable
public record NewContact(
		@Schema(description = "A client this user may see.",
				example = ApiExamples.CLIENT_ID) @NotNull(message = "{guichet.validation.required}") UUID clientId,
		@Schema(example = ApiExamples.FIRST_NAME) @PersonName String firstName,
		@Schema(example = ApiExamples.LAST_NAME) @PersonName String lastName,
		@Schema(example = ApiExamples.EMAIL) @ContactEmail String email,
		@Schema(example = ApiExamples.PHONE) @PhoneNumber String phone,
		@Schema(example = ApiExamples.MOBILE) @PhoneNumber String mobile,
		@Schema(example = ApiExamples.OTHER_CHANNEL) @ShortText String otherChannel,
		@Schema(description = "The role on the portal, once invited.") @NotNull(
				message = "{guichet.validation.role}") Role role,
		@Schema(description = "fr or en; the client's when left out.",
				example = ApiExamples.LANGUAGE) @LanguageCode String language,
		@Schema(description = "Invite the contact to the portal now.", example = "true") Boolean invite,
		@Schema(example = "Ms.") @Size(max = 20, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String salutation,
		@Schema(example = "Anne") @ShortText String middleName,
		@Schema(example = "MBA") @Size(max = 20, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String suffix,
		@Schema(example = "Purchasing manager") @ShortText String jobTitle,
		@Schema(example = "Purchasing") @ShortText String department,
		@Schema(example = "lisa@example.org") @OptionalEmail String email2,
		@Schema(example = "l.bowman@example.net") @OptionalEmail String email3,
		@Schema(example = "+1 514 555 0100") @PhoneNumber String otherPhone, Privacy privacy,
		@Schema(example = "Prefers to be called in the morning.") @Size(max = 2000,
				message = "{guichet.validation.size}") String comments)
		implements
			Reachable.Channels {

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
