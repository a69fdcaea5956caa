package io.guichet.access;

import java.util.UUID;

/**
 * What the review task shows: the contact as registered, the company as typed, the client
 * Guichet proposes and the approver proposed for the task (the client's account manager).
 * The clients to choose from are not part of it: they are read when an approver opens the
 * form ({@link ReviewChoices}).
 */
public record ReviewForm(UUID accessId, UUID contactId, boolean preApproved, String contactName, String email,
		String phone, String mobile, String otherChannel, String language, String companyAsTyped, UUID proposedClientId,
		String proposedClientName, String proposedApprover, Role requestedRole) {

}
