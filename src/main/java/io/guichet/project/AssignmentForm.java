package io.guichet.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/projects/{id}/contacts}: a contact to assign, with its rate and its
 * permission overrides (null: the portal-level ones).
 */
public record AssignmentForm(
		@Schema(description = "A contact of one of the project's clients.",
				example = ApiExamples.CONTACT_ID) @NotNull(message = "{guichet.validation.required}") UUID contactId,
		@Schema(example = "85.00") @DecimalMin(value = "0", message = "{guichet.project.amount}") @Digits(integer = 12,
				fraction = 2, message = "{guichet.project.amount}") BigDecimal hourlyRate,
		@Schema(description = "Permissions in this project (TEAM_FOLDERS, PROJECT_REVIEW, INVOICE_REVIEW, "
				+ "ONLINE_SUPPORT, CLOSE_REQUESTS, WORKFLOW_PARTICIPATION, RESOURCE_PROFILES); null: the portal "
				+ "permissions apply.", example = ApiExamples.PERMISSIONS) List<String> permissions) {

	AssignmentChange change() {
		return new AssignmentChange(this.hourlyRate, this.permissions);
	}

}
