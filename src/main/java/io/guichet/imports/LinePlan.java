package io.guichet.imports;

import java.util.List;
import java.util.UUID;

import io.guichet.access.Role;
import io.guichet.contact.ContactDetails;

/**
 * What to do with one line: create or update the contact (matched by e-mail) with these
 * details, in this client (an existing one, or one to create by name), invite it or not;
 * or reject the line, with the problems.
 */
record LinePlan(int row, Outcome outcome, boolean invites, UUID contactId, UUID clientId, String newClientName,
		ContactDetails details, Role role, List<String> changes, List<Problem> problems, List<Problem> notes) {

	static LinePlan rejected(int row, List<Problem> problems) {
		return new LinePlan(row, Outcome.REJECTED, false, null, null, null, null, null, List.of(), problems, List.of());
	}

	/** The same line, written: the contact it made or changed. */
	LinePlan done(UUID contactId) {
		return new LinePlan(this.row, this.outcome, this.invites, contactId, this.clientId, this.newClientName,
				this.details, this.role, this.changes, this.problems, this.notes);
	}

}
