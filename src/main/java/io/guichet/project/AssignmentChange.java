package io.guichet.project;

import java.math.BigDecimal;
import java.util.List;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * {@code PUT /api/projects/{id}/contacts/{contactId}}: the rate and the permission
 * overrides of an assigned contact (null permissions: the portal-level ones).
 */
public record AssignmentChange(
		@Schema(example = "85.00") @DecimalMin(value = "0", message = "{guichet.project.amount}") @Digits(integer = 12,
				fraction = 2, message = "{guichet.project.amount}") BigDecimal hourlyRate,
		@Schema(description = "Permissions in this project (TEAM_FOLDERS, PROJECT_REVIEW, INVOICE_REVIEW, "
				+ "ONLINE_SUPPORT, CLOSE_REQUESTS, WORKFLOW_PARTICIPATION, RESOURCE_PROFILES); null: the portal "
				+ "permissions apply.", example = ApiExamples.PERMISSIONS) List<String> permissions) {

}
