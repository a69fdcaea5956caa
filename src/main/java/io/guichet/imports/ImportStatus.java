package io.guichet.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An import as the API and the console show it: its state, its progress (lines processed
 * of the total) and its counts, which are the dry run's until the real run starts.
 */
public record ImportStatus(@Schema(example = ApiExamples.IMPORT_ID) UUID id,
		@Schema(example = "bowman-contacts.csv") String fileName, ImportState state,
		@Schema(example = ApiExamples.STAFF_USER) String createdBy,
		@Schema(description = "Whether the clients the file names that do not exist yet are created.",
				example = "false") boolean createClients,
		@Schema(description = "The columns of the file's first line.",
				example = "[\"client\", \"first_name\", \"last_name\", \"email\", \"mobile\", \"role\", "
						+ "\"invite\"]") List<String> columns,
		@Schema(example = "120") int totalRows,
		@Schema(description = "Lines processed by the current phase (dry run, then run).",
				example = "120") int processedRows,
		Counts counts,
		@Schema(description = "The unexpected error that stopped the import (state FAILED); null otherwise.",
				example = "CannotCreateTransactionException: Could not open JPA EntityManager for "
						+ "transaction") String failure,
		@Schema(example = "2026-11-20T09:30:00Z") Instant createdAt,
		@Schema(example = "2026-11-20T09:30:04Z") Instant analysedAt,
		@Schema(description = "When the real run started; null before.",
				example = "2026-11-20T09:41:12Z") Instant startedAt,
		@Schema(example = "2026-11-20T09:41:20Z") Instant finishedAt,
		@Schema(description = "When the report was e-mailed to the user who uploaded the file.",
				example = "2026-11-20T09:41:21Z") Instant reportMailedAt) {

	/** Percent of the lines processed in the current phase. */
	@JsonProperty("percent")
	@Schema(description = "Percent of the lines processed in the current phase.", example = "100")
	public int percent() {
		return (this.totalRows == 0) ? 100 : (int) (100L * this.processedRows / this.totalRows);
	}

}
