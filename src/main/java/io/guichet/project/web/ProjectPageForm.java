package io.guichet.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.guichet.project.ClientLink;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.ClientLine;
import io.guichet.project.ProjectDetails.Person;
import io.guichet.project.ProjectForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The new- and edit-project form as the page posts it: a {@link ProjectForm} whose
 * primary client is typed with the type-ahead ({@code clientName}, and {@code clientId}
 * once a suggestion is chosen); the other clients are changed on the project page.
 */
record ProjectPageForm(String name, String clientName, String clientId,
		@DateTimeFormat(iso = ISO.DATE) LocalDate submissionEndDate,
		@DateTimeFormat(iso = ISO.DATE) LocalDate startDate, @DateTimeFormat(iso = ISO.DATE) LocalDate endDate,
		BigDecimal estimatedBudget, UUID submissionContactId, UUID billingContactId, UUID executionContactId) {

	static final List<String> DATES = List.of("submissionEndDate", "startDate", "endDate");

	static final List<String> NAMED = List.of("submissionContactId", "billingContactId", "executionContactId");

	/** An empty form, with this client chosen when there is one. */
	static ProjectPageForm of(UUID clientId, String clientName) {
		return new ProjectPageForm(null, clientName, (clientId != null) ? clientId.toString() : null, null, null, null,
				null, null, null, null);
	}

	static ProjectPageForm of(ProjectDetails project) {
		ClientLine primary = project.clients().stream().filter(ClientLine::primary).findFirst().orElse(null);
		return new ProjectPageForm(project.name(), (primary != null) ? primary.name() : null,
				(primary != null) ? primary.id().toString() : null, project.submissionEndDate(), project.startDate(),
				project.endDate(), project.estimatedBudget(), idOf(project.submissionContact()),
				idOf(project.billingContact()), idOf(project.executionContact()));
	}

	/**
	 * The command: the project's current clients with {@code primary} as the primary one
	 * (joining them when new); no client at all when none was chosen.
	 */
	ProjectForm toCommand(List<ClientLine> current, UUID primary) {
		Set<UUID> ids = new LinkedHashSet<>();
		current.forEach((client) -> ids.add(client.id()));
		ids.add(primary);
		List<ClientLink> clients = (primary == null) ? List.of()
				: ids.stream().map((id) -> new ClientLink(id, id.equals(primary))).toList();
		return new ProjectForm(this.name, clients, this.submissionEndDate, this.startDate, this.endDate,
				this.estimatedBudget, this.submissionContactId, this.billingContactId, this.executionContactId);
	}

	private static UUID idOf(Person person) {
		return (person != null) ? person.id() : null;
	}

}
