package io.guichet.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them, on pages and in e-mails: in their language (the locale's
 * medium style) and in {@code guichet.time-zone} (the JVM's zone when unset). Only what
 * people read: stored times and JSON stay UTC instants.
 */
@Component
public class Dates {

	private final ZoneId zone;

	@Autowired
	Dates(@Value("${guichet.time-zone:}") String zone) {
		this(zoneOf(zone));
	}

	private Dates(ZoneId zone) {
		this.zone = zone;
	}

	/** The same in a given zone (tests, tools). */
	public static Dates in(ZoneId zone) {
		return new Dates(zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * A date and time, without a zone name ({@code 7 déc. 2026, 15:21}); empty for none.
	 */
	public String format(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.zone)
			.format(instant);
	}

	/** A calendar date ({@code 7 déc. 2026}); empty for none. */
	public String format(LocalDate date, Locale locale) {
		return (date == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	private static ZoneId zoneOf(String zone) {
		if (zone == null || zone.isBlank()) {
			return ZoneId.systemDefault();
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("guichet.time-zone is not a time zone (e.g. Europe/Paris): " + zone, ex);
		}
	}

}
