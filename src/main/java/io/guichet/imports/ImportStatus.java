package io.guichet.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An import as the API and the console show it: its state, its progress (lines processed
 * of the total) and its counts, which are the dry run's until the real run starts.
 */
public record ImportStatus(UUID id, String fileName, ImportState state, String createdBy, boolean createClients,
		List<String> columns, int totalRows, int processedRows, Counts counts, String failure, Instant createdAt,
		Instant analysedAt, Instant startedAt, Instant finishedAt, Instant reportMailedAt) {

	/** Percent of the lines processed in the current phase. */
	@JsonProperty("percent")
	public int percent() {
		return (this.totalRows == 0) ? 100 : (int) (100L * this.processedRows / this.totalRows);
	}

}
