package io.guichet.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates on pages, in the reader's language: {@code ${dates.format(x)}} in a template;
 * empty for none.
 */
public final class PageDates {

	public static final PageDates INSTANCE = new PageDates();

	private PageDates() {
	}

	public String format(Instant instant) {
		return Dates.format(instant, LocaleContextHolder.getLocale());
	}

	public String format(LocalDate date) {
		return (date == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(LocaleContextHolder.getLocale())
					.format(date);
	}

}
