package io.guichet.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the review task shows, read from the domain when an approver opens it (the process
 * instance carries only the access id): the contact as registered (or, for an e-mail that
 * already had a card, as typed), the company as typed and the client Guichet proposes.
 * The clients to choose from are added for the approver opening it
 * ({@link ReviewChoices}).
 */
public record ReviewForm(String contactName, String email, String phone, String mobile, String otherChannel,
		String companyAsTyped, UUID proposedClientId, String proposedClientName, Role requestedRole) {

	/**
	 * The form's variables ({@code forms/reviewRegistration.form}): what it shows, and
	 * the role and client it starts with.
	 */
	Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("contactName", this.contactName);
		variables.put("email", this.email);
		variables.put("phone", orDash(this.phone));
		variables.put("mobile", orDash(this.mobile));
		variables.put("otherChannel", orDash(this.otherChannel));
		variables.put("companyAsTyped", orDash(this.companyAsTyped));
		variables.put("proposedClientName", orDash(this.proposedClientName));
		variables.put("requestedRole", this.requestedRole.name());
		variables.put("role", this.requestedRole.name());
		variables.put("clientId", (this.proposedClientId != null) ? this.proposedClientId.toString() : null);
		return variables;
	}

	private static String orDash(String value) {
		return (value == null || value.isBlank()) ? "—" : value;
	}

}
