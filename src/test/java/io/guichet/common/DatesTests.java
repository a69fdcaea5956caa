package io.guichet.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Dates people read: in guichet.time-zone and their language, with no zone name. */
class DatesTests {

	private static final Instant NOON_UTC = Instant.parse("2026-01-15T12:00:00Z");

	@Test
	void shouldShowTheTimeInTheConfiguredZoneWithoutItsName() {
		Dates paris = new Dates("Europe/Paris");
		assertThat(paris.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(paris.format(NOON_UTC, Locale.FRENCH)).contains("15 janv. 2026")
			.contains("13:00")
			.doesNotContain("Europe")
			.doesNotContain("UTC");
		assertThat(paris.format(NOON_UTC, Locale.ENGLISH)).contains("Jan 15, 2026")
			.contains("1:00")
			.doesNotContain("Europe");
		assertThat(new Dates("America/New_York").format(NOON_UTC, Locale.ENGLISH)).contains("7:00");
	}

	@Test
	void shouldDefaultToTheJvmZoneAndRefuseAnUnknownZone() {
		assertThat(new Dates("").zone()).isEqualTo(ZoneId.systemDefault());
		assertThat(new Dates(" ").zone()).isEqualTo(ZoneId.systemDefault());
		assertThatIllegalArgumentException().isThrownBy(() -> new Dates("Mars/Olympus"))
			.withMessageContaining("guichet.time-zone");
	}

	@Test
	void shouldShowCalendarDatesInTheMediumStyle() {
		Dates dates = Dates.in(ZoneId.of("UTC"));
		assertThat(dates.format(LocalDate.of(2026, 3, 1), Locale.FRENCH)).isEqualTo("1 mars 2026");
		assertThat(dates.format(LocalDate.of(2026, 3, 1), Locale.ENGLISH)).isEqualTo("Mar 1, 2026");
		assertThat(dates.format((Instant) null, Locale.ENGLISH)).isEmpty();
	}

}
