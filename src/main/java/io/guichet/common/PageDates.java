package io.guichet.common;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates on pages, in the reader's language ({@link Dates}): {@code ${dates.format(x)}} in
 * a template; empty for none.
 */
@Component
public class PageDates {

	private final Dates dates;

	PageDates(Dates dates) {
		this.dates = dates;
	}

	public String format(Instant instant) {
		return this.dates.format(instant, LocaleContextHolder.getLocale());
	}

	public String format(LocalDate date) {
		return this.dates.format(date, LocaleContextHolder.getLocale());
	}

}
