package io.guichet.imports;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report's column names and changes on a page, in the reader's language:
 * {@code ${labels.pair(p)}}, {@code ${labels.change(c)}}.
 */
@Component
public class ReportLabels {

	private final ReportText text;

	ReportLabels(ReportText text) {
		this.text = text;
	}

	public String field(String field) {
		return this.text.field(field, LocaleContextHolder.getLocale());
	}

	/** A problem or a note: {@code Column: message}. */
	public String pair(ImportLine.Message message) {
		return this.text.pair(message.field(), message.message(), LocaleContextHolder.getLocale());
	}

	public String change(String change) {
		return this.text.change(change, LocaleContextHolder.getLocale());
	}

}
