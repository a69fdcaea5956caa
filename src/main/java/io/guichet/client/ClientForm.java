package io.guichet.client;

import java.util.List;
import java.util.UUID;

import io.guichet.common.Language;
import io.guichet.common.OptionalEmail;
import io.guichet.common.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Every field of a client (SPEC §2), for {@code POST /api/clients} and {@code PUT
 * /api/clients/{id}}. Only the name is required.
 */
public record ClientForm(
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 200,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String name,
		@Size(max = 200, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String alias,
		UUID parentId, AccountType accountType, ClientStatus status,
		@Pattern(regexp = Language.PATTERN, message = "{guichet.validation.language}") String language,
		@Size(max = 500, message = "{guichet.validation.size}") @Pattern(regexp = "https?://\\S+",
				message = "{guichet.validation.website}") String website,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String phone,
		@Pattern(regexp = Patterns.PHONE, message = "{guichet.validation.phone}") String fax,
		@Valid Address primaryAddress, @Valid Address billingAddress, @Valid Address shippingAddress,
		@Size(max = 64, message = "{guichet.validation.size}") String accountManager,
		@Size(max = 50,
				message = "{guichet.validation.size}") List<@Size(max = 64,
						message = "{guichet.validation.size}") String> allowedUsers,
		@OptionalEmail String email,
		@Size(max = 40, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String vatNumber) {

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
