package io.guichet.client;

import java.time.Duration;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** What other modules and the API see of a client. */
public record ClientSummary(@Schema(example = ApiExamples.CLIENT_ID) UUID id,
		@Schema(example = ApiExamples.CLIENT_NAME) String name, @Schema(example = "Bowman") String alias,
		@Schema(description = "fr or en.", example = ApiExamples.LANGUAGE) String language,
		@Schema(example = "https://bowman-furniture.example.com") String website,
		@Schema(description = "The staff user in charge of the client.",
				example = ApiExamples.STAFF_USER) String accountManager,
		@Schema(description = "The client's own inactivity period (ISO-8601); null for the default.",
				example = "PT2160H") Duration inactivityPeriod) {
}
