package io.guichet.access;

import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a staff registration: the contact, and its access when it was invited.
 */
public record Registered(@Schema(description = "The new contact.", example = ApiExamples.CONTACT_ID) UUID id,
		@Schema(description = "Its portal access; null when it was not invited.",
				example = ApiExamples.ACCESS_ID) UUID accessId) {
}
