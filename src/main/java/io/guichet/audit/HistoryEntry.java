package io.guichet.audit;

import java.time.Instant;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** One line of a client's or contact's history. */
public record HistoryEntry(@Schema(description = "What happened.", example = "CHANGED") String action,
		@Schema(description = "Who did it: a staff user, contact, a client's manager, or system.",
				example = ApiExamples.STAFF_USER) String actor,
		@Schema(example = "phone: +1 514 555 0142 → +1 514 555 0150") String details,
		@Schema(example = ApiExamples.INSTANT) Instant occurredAt) {
}
