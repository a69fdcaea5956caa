package io.guichet.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/projects/{id}/contacts}: a contact to assign, with its rate and its
 * permission overrides (null: the portal-level ones).
 */
public record AssignmentForm(@NotNull(message = "{guichet.validation.required}") UUID contactId,
		@DecimalMin(value = "0", message = "{guichet.project.amount}") @Digits(integer = 12, fraction = 2,
				message = "{guichet.project.amount}") BigDecimal hourlyRate,
		List<String> permissions) {

	AssignmentChange change() {
		return new AssignmentChange(this.hourlyRate, this.permissions);
	}

}
