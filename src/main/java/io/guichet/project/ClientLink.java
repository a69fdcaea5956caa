package io.guichet.project;

import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** One client of a project; the primary one is invoiced. */
public record ClientLink(
		@Schema(description = "A client this user may see.",
				example = ApiExamples.CLIENT_ID) @NotNull(message = "{guichet.validation.required}") UUID clientId,
		@Schema(description = "The client invoiced; exactly one per project.", example = "true") Boolean primary) {

	public boolean isPrimary() {
		return Boolean.TRUE.equals(this.primary);
	}

}
