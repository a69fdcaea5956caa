package io.guichet.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures of the reliability suites (cases tried, 5xx seen, attacks made, timings),
 * written to {@code target/evidence/<report>.md} so that docs/RELIABILITY.md can quote
 * the last run.
 */
public final class Evidence {

	private static final Map<String, Map<String, AtomicLong>> COUNTS = new ConcurrentHashMap<>();

	private static final Map<String, Map<String, String>> FIGURES = new ConcurrentHashMap<>();

	private Evidence() {
	}

	/** One more case of this kind in this report. */
	public static void count(String report, String key) {
		COUNTS.computeIfAbsent(report, (r) -> new ConcurrentHashMap<>())
			.computeIfAbsent(key, (k) -> new AtomicLong())
			.incrementAndGet();
	}

	/** {@code cases} more cases of this kind in this report. */
	public static void count(String report, String key, long cases) {
		COUNTS.computeIfAbsent(report, (r) -> new ConcurrentHashMap<>())
			.computeIfAbsent(key, (k) -> new AtomicLong())
			.addAndGet(cases);
	}

	public static long total(String report) {
		return COUNTS.getOrDefault(report, Map.of()).values().stream().mapToLong(AtomicLong::get).sum();
	}

	/** A named figure (a median, a bound) of this report. */
	public static void figure(String report, String name, Object value) {
		FIGURES.computeIfAbsent(report, (r) -> new ConcurrentHashMap<>()).put(name, String.valueOf(value));
	}

	/** Writes the report as a Markdown table and prints it. */
	public static void write(String report, String title) {
		StringBuilder text = new StringBuilder("# ").append(title)
			.append("\n\nRun of ")
			.append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
			.append(" on ")
			.append(System.getProperty("guichet.test.database", "h2"))
			.append("\n\n| case | tried |\n|---|---:|\n");
		new TreeMap<>(COUNTS.getOrDefault(report, Map.of()))
			.forEach((key, count) -> text.append("| ").append(key).append(" | ").append(count).append(" |\n"));
		text.append("| **total** | **").append(total(report)).append("** |\n");
		Map<String, String> figures = new TreeMap<>(FIGURES.getOrDefault(report, Map.of()));
		if (!figures.isEmpty()) {
			text.append("\n| figure | value |\n|---|---|\n");
			figures.forEach((name, value) -> text.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		}
		System.out.println(text);
		try {
			Path file = Path.of("target", "evidence", report + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
