package io.guichet.imports.web;

import java.util.UUID;

/**
 * What the export form asks: the client its type-ahead chose ({@code clientId}), else the
 * one typed ({@code clientName}), else every client; and the separator, a comma unless
 * chosen (as in the API).
 */
record ExportForm(String clientName, UUID clientId, String separator) {

	ExportForm {
		separator = (separator == null || separator.isBlank()) ? "comma" : separator;
	}

	static ExportForm empty() {
		return new ExportForm(null, null, null);
	}

}
