package io.guichet.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** An admin document as lists show it: everything but the bytes. */
public record DocumentSummary(@Schema(example = ApiExamples.DOCUMENT_ID) UUID id,
		@Schema(example = ApiExamples.CLIENT_ID) UUID clientId,
		@Schema(example = "Framework agreement 2026") String title,
		@Schema(example = "framework-agreement-2026.pdf") String fileName,
		@Schema(example = "application/pdf") String contentType,
		@Schema(description = "In bytes.", example = "284532") long size,
		@Schema(description = "When staff are reminded of the document.",
				example = "2027-01-15") LocalDate reminderDate,
		@Schema(example = "Renew before the end of January.") String note,
		@Schema(description = "When the reminder was sent; null before.",
				example = "2027-01-15T07:00:00Z") Instant remindedAt,
		@Schema(example = ApiExamples.STAFF_USER) String uploadedBy,
		@Schema(example = "2026-11-20T15:12:45Z") Instant uploadedAt) {
}
