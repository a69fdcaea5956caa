package io.guichet.client;

import java.util.List;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.guichet.common.Language;
import io.guichet.common.OptionalEmail;
import io.guichet.common.Patterns;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Every field of a client (SPEC §2), for {@code POST /api/clients} and {@code PUT
 * /api/clients/{id}}. Only the name is required.
 */
public record ClientForm(
		@Schema(example = ApiExamples.CLIENT_NAME) @NotBlank(message = "{guichet.validation.required}") @Size(max = 200,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String name,
		@Schema(example = "Bowman") @Size(max = 200, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String alias,
		@Schema(description = "The parent company, if any: a client this user may see.",
				example = ApiExamples.PARENT_CLIENT_ID) UUID parentId,
		@Schema(description = "CLIENT when left out.") AccountType accountType,
		@Schema(description = "ACTIVE when left out.") ClientStatus status,
		@Schema(description = "fr or en (fr when left out); the default of the client's contacts.",
				example = ApiExamples.LANGUAGE) @Pattern(regexp = Language.PATTERN,
						message = "{guichet.validation.language}") String language,
		@Schema(example = "https://bowman-furniture.example.com") @Size(max = 500,
				message = "{guichet.validation.size}") @Pattern(regexp = "https?://\\S+",
						message = "{guichet.validation.website}") String website,
		@Schema(example = "+1 514 555 0142") @Pattern(regexp = Patterns.PHONE,
				message = "{guichet.validation.phone}") String phone,
		@Schema(example = "+1 514 555 0143") @Pattern(regexp = Patterns.PHONE,
				message = "{guichet.validation.phone}") String fax,
		@Valid Address primaryAddress, @Valid Address billingAddress, @Valid Address shippingAddress,
		@Schema(description = "The staff user in charge of the client.", example = ApiExamples.STAFF_USER) @Size(
				max = 64, message = "{guichet.validation.size}") String accountManager,
		@Schema(description = "The only staff users (besides admins) who may see the client; empty: everyone.",
				example = "[\"marie.roy\", \"julien.tremblay\"]") @Size(max = 50,
						message = "{guichet.validation.size}") List<@Size(max = 64,
								message = "{guichet.validation.size}") String> allowedUsers,
		@Schema(example = "office@bowman-furniture.example.com") @OptionalEmail String email,
		@Schema(example = "123456789RT0001") @Size(max = 40, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String vatNumber) {

	/** A missing address is an empty one, as the client's columns store it. */
	public ClientForm {
		primaryAddress = (primaryAddress != null) ? primaryAddress : Address.EMPTY;
		billingAddress = (billingAddress != null) ? billingAddress : Address.EMPTY;
		shippingAddress = (shippingAddress != null) ? shippingAddress : Address.EMPTY;
	}

	static ClientForm of(NewClient client) {
		return new ClientForm(client.name(), client.alias(), null, null, null, client.language(), client.website(),
				null, null, null, null, null, client.accountManager(), null, null, null);
	}

	/** The same form with the parent client chosen on a page by its name. */
	public ClientForm withParentId(UUID parent) {
		return new ClientForm(this.name, this.alias, parent, this.accountType, this.status, this.language, this.website,
				this.phone, this.fax, this.primaryAddress, this.billingAddress, this.shippingAddress,
				this.accountManager, this.allowedUsers, this.email, this.vatNumber);
	}

	public enum AccountType {

		CLIENT, PARTNER, SUPPLIER, SUBCONTRACTOR

	}

	public enum ClientStatus {

		ACTIVE, INACTIVE

	}

}
