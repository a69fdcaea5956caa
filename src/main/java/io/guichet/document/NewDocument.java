package io.guichet.document;

import java.time.LocalDate;

/** An uploaded file and what the user typed about it. */
public record NewDocument(String title, String fileName, String contentType, byte[] content, LocalDate reminderDate,
		String note) {
}
