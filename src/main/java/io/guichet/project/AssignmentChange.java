package io.guichet.project;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * {@code PUT /api/projects/{id}/contacts/{contactId}}: the rate and the permission
 * overrides of an assigned contact (null permissions: the portal-level ones).
 */
public record AssignmentChange(@DecimalMin(value = "0", message = "{guichet.project.amount}") @Digits(integer = 12,
		fraction = 2, message = "{guichet.project.amount}") BigDecimal hourlyRate, List<String> permissions) {

}
