package io.guichet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the machine and a process look like now: load average, resident memory. */
final class Machine {

	private Machine() {
	}

	/** The one-minute load average. */
	static double load() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** The three load averages as /proc/loadavg shows them. */
	static String loads() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	/**
	 * Resident memory as "VmRSS MiB (private RssAnon, file-backed RssFile)": a class-data
	 * sharing archive is mapped from its file, shared with the page cache.
	 */
	static String memory(long pid) {
		return String.format(Locale.ROOT, "%.0f MiB (private %.0f, file-backed %.0f)", status(pid, "VmRSS:"),
				status(pid, "RssAnon:"), status(pid, "RssFile:"));
	}

	/** Resident memory of a process in MiB, or -1 when it cannot be read. */
	static double rssMiB(long pid) {
		return status(pid, "VmRSS:");
	}

	private static double status(long pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// gone
		}
		return -1;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
