package io.guichet.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** A project with its clients, named contacts and assigned contacts. */
public record ProjectDetails(@Schema(example = ApiExamples.PROJECT_ID) UUID id,
		@Schema(example = "Showroom renovation 2026") String name, ProjectState state,
		@Schema(example = "2026-01-31") LocalDate submissionEndDate,
		@Schema(example = "2026-03-01") LocalDate startDate, @Schema(example = "2026-09-30") LocalDate endDate,
		@Schema(example = "48000.00") BigDecimal estimatedBudget, List<ClientLine> clients, Person submissionContact,
		Person billingContact, Person executionContact,
		@Schema(description = "The contacts assigned to the project.") List<Member> contacts) {

	/** A client of the project; the primary one is invoiced. */
	public record ClientLine(@Schema(example = ApiExamples.CLIENT_ID) UUID id,
			@Schema(example = ApiExamples.CLIENT_NAME) String name, boolean primary) {
	}

	/** A contact named by the project (submission, billing, execution). */
	public record Person(@Schema(example = ApiExamples.CONTACT_ID) UUID id,
			@Schema(example = ApiExamples.CLIENT_ID) UUID clientId,
			@Schema(example = ApiExamples.FULL_NAME) String name, @Schema(example = ApiExamples.EMAIL) String email) {
	}

	/**
	 * A contact assigned to the project. {@code permissions} is null while the
	 * portal-level permissions apply.
	 */
	public record Member(@Schema(example = ApiExamples.CONTACT_ID) UUID contactId,
			@Schema(example = ApiExamples.CLIENT_ID) UUID clientId,
			@Schema(example = ApiExamples.FULL_NAME) String name, @Schema(example = ApiExamples.EMAIL) String email,
			@Schema(example = "85.00") BigDecimal hourlyRate,
			@Schema(description = "Whether the contact has permissions of its own in this project.",
					example = "true") boolean customPermissions,
			@Schema(description = "The permissions in this project; null while the portal permissions apply.",
					example = ApiExamples.PERMISSIONS) List<String> permissions) {
	}

}
