package io.guichet.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project with its clients, named contacts and assigned contacts. */
public record ProjectDetails(UUID id, String name, ProjectState state, LocalDate submissionEndDate, LocalDate startDate,
		LocalDate endDate, BigDecimal estimatedBudget, List<ClientLine> clients, Person submissionContact,
		Person billingContact, Person executionContact, List<Member> contacts) {

	/** A client of the project; the primary one is invoiced. */
	public record ClientLine(UUID id, String name, boolean primary) {
	}

	/** A contact named by the project (submission, billing, execution). */
	public record Person(UUID id, UUID clientId, String name, String email) {
	}

	/**
	 * A contact assigned to the project. {@code permissions} is null while the
	 * portal-level permissions apply.
	 */
	public record Member(UUID contactId, UUID clientId, String name, String email, BigDecimal hourlyRate,
			boolean customPermissions, List<String> permissions) {
	}

}
