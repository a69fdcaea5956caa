package io.guichet.access;

import java.util.List;
import java.util.UUID;

/**
 * What the review task shows: the contact as registered, the company as typed, the client
 * Guichet proposes, the approver proposed for the task (the client's account manager) and
 * the clients to choose from.
 */
public record ReviewForm(UUID accessId, UUID contactId, boolean preApproved, String contactName, String email,
		String phone, String mobile, String otherChannel, String language, String companyAsTyped, UUID proposedClientId,
		String proposedClientName, String proposedApprover, Role requestedRole, List<ClientOption> clientOptions) {

	/** One entry of the client select: form-js wants label and value. */
	public record ClientOption(String label, String value) {
	}

}
