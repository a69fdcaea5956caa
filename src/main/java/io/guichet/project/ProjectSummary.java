package io.guichet.project;

import java.time.LocalDate;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** What lists and other modules see of a project. */
public record ProjectSummary(@Schema(example = ApiExamples.PROJECT_ID) UUID id,
		@Schema(example = "Showroom renovation 2026") String name, ProjectState state,
		@Schema(example = ApiExamples.CLIENT_ID) UUID primaryClientId,
		@Schema(example = "2026-03-01") LocalDate startDate, @Schema(example = "2026-09-30") LocalDate endDate) {
}
