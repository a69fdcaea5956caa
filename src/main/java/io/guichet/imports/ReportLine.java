package io.guichet.imports;

import java.util.List;
import java.util.UUID;

/**
 * One line of an import's report: what the dry run planned, what the real run did (null
 * until written), the contact, the client it creates, what changes, why it is rejected.
 */
record ReportLine(int row, String email, Outcome planned, Outcome result, boolean invites, UUID contactId,
		String newClientName, List<String> changes, List<Problem> problems, List<Problem> notes) {

	/** What the reader should see: the result once there is one. */
	Outcome outcome() {
		return (this.result != null) ? this.result : this.planned;
	}

}
