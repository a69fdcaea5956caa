package io.guichet.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An admin document as lists show it: everything but the bytes. */
public record DocumentSummary(UUID id, UUID clientId, String title, String fileName, String contentType, long size,
		LocalDate reminderDate, String note, Instant remindedAt, String uploadedBy, Instant uploadedAt) {
}
