package io.guichet.access.web;

import java.time.LocalDate;
import java.util.List;

import io.guichet.access.ContactView.AccessView;
import io.guichet.access.Role;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A portal access's rights, as {@code PUT /api/contacts/{id}/access} and the console's
 * access tab send them: role, permissions, the resource-profile maximum and the fixed
 * expiry date.
 */
record Rights(@NotNull(message = "{guichet.validation.role}") Role role,
		List<@NotNull(message = "{guichet.validation.required}") String> permissions, Integer resourceProfilesMax,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

	static Rights of(AccessView access) {
		List<String> permissions = (access.permissions() == null) ? List.of()
				: List.of(access.permissions().split(","));
		return new Rights(access.role(), permissions, access.resourceProfilesMax(), access.expiresOn());
	}

	List<String> permissionsOrNone() {
		return (this.permissions != null) ? this.permissions : List.of();
	}

}
