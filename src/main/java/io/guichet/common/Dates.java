package io.guichet.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them, in their language and the server's time zone. */
public final class Dates {

	private Dates() {
	}

	public static String format(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		ZoneId zone = ZoneId.systemDefault();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant) + " (" + zone.getId() + ")";
	}

}
