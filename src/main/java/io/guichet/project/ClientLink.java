package io.guichet.project;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** One client of a project; the primary one is invoiced. */
public record ClientLink(@NotNull(message = "{guichet.validation.required}") UUID clientId, Boolean primary) {

	public boolean isPrimary() {
		return Boolean.TRUE.equals(this.primary);
	}

}
