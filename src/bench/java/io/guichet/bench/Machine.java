package io.guichet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

	/** Resident memory of a process in MiB, or -1 when it cannot be read. */
	static double rssMiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
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
