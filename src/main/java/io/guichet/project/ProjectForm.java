package io.guichet.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.guichet.common.Patterns;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A project as staff create or change it ({@code POST} and {@code PUT /api/projects}).
 * The rules that need other modules (clients exist, named contacts belong to them) are
 * checked by {@link ProjectRules}.
 */
public record ProjectForm(
		@Schema(example = "Showroom renovation 2026") @NotBlank(message = "{guichet.validation.required}") @Size(
				max = 200, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String name,
		@Schema(description = "One or more clients, exactly one of them primary.") @NotEmpty(
				message = "{guichet.project.clients-required}") List<@NotNull(
						message = "{guichet.validation.required}") @Valid ClientLink> clients,
		@Schema(description = "The last day to submit a proposal.", example = "2026-01-31") LocalDate submissionEndDate,
		@Schema(example = "2026-03-01") LocalDate startDate, @Schema(example = "2026-09-30") LocalDate endDate,
		@Schema(example = "48000.00") @DecimalMin(value = "0", message = "{guichet.project.amount}") @Digits(
				integer = 12, fraction = 2, message = "{guichet.project.amount}") BigDecimal estimatedBudget,
		@Schema(description = "A contact of one of the clients.",
				example = ApiExamples.CONTACT_ID) UUID submissionContactId,
		@Schema(description = "A contact of one of the clients.",
				example = ApiExamples.CONTACT_ID) UUID billingContactId,
		@Schema(description = "A contact of one of the clients.",
				example = ApiExamples.COLLEAGUE_ID) UUID executionContactId) {

	UUID primaryClientId() {
		return this.clients.stream().filter(ClientLink::isPrimary).map(ClientLink::clientId).findFirst().orElseThrow();
	}

	List<UUID> clientIds() {
		return this.clients.stream().map(ClientLink::clientId).toList();
	}

	/** The same form naming these contacts. */
	ProjectForm withNamedContacts(UUID submission, UUID billing, UUID execution) {
		return new ProjectForm(this.name, this.clients, this.submissionEndDate, this.startDate, this.endDate,
				this.estimatedBudget, submission, billing, execution);
	}

}
