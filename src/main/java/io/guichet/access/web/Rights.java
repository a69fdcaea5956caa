package io.guichet.access.web;

import java.time.LocalDate;
import java.util.List;

import io.guichet.access.ContactView.AccessView;
import io.guichet.access.Role;
import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A portal access's rights, as {@code PUT /api/contacts/{id}/access} and the console's
 * access tab send them: role, permissions, the resource-profile maximum and the fixed
 * expiry date.
 */
record Rights(@NotNull(message = "{guichet.validation.role}") Role role,
		@Schema(description = "Portal permissions: TEAM_FOLDERS, PROJECT_REVIEW, INVOICE_REVIEW, ONLINE_SUPPORT, "
				+ "CLOSE_REQUESTS, WORKFLOW_PARTICIPATION, RESOURCE_PROFILES; none when left out.",
				example = "[\"PROJECT_REVIEW\", \"RESOURCE_PROFILES\"]") List<@NotNull(
						message = "{guichet.validation.required}") String> permissions,
		@Schema(description = "With RESOURCE_PROFILES: the most resource profiles, 1 to 1000.",
				example = "10") Integer resourceProfilesMax,
		@Schema(description = "The access ends on this day; null: only inactivity ends it.",
				example = ApiExamples.DATE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

	static Rights of(AccessView access) {
		List<String> permissions = (access.permissions() == null) ? List.of()
				: List.of(access.permissions().split(","));
		return new Rights(access.role(), permissions, access.resourceProfilesMax(), access.expiresOn());
	}

	List<String> permissionsOrNone() {
		return (this.permissions != null) ? this.permissions : List.of();
	}

}
