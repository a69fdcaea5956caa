package io.guichet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time spent by each side of a scenario: the Guichet JVM, the PostgreSQL backends
 * connected to the benchmark's database, and this JVM (load threads, GreenMail, the bare
 * engine). Unlike throughput, CPU per operation hardly depends on what else the shared
 * machine is running.
 */
final class CpuMeter {

	/** Linux clock ticks per second ({@code getconf CLK_TCK}). */
	private static final double TICKS_PER_SECOND = 100;

	private CpuMeter() {
	}

	/** Milliseconds of CPU per side at one moment. */
	record Snapshot(double guichet, double postgres, double bench) {

		/**
		 * The measured system's CPU per operation since {@code earlier}, ms: Guichet and
		 * PostgreSQL, or, for the bare engine (no Guichet), the engine in this JVM and
		 * PostgreSQL.
		 */
		double systemPerOperation(Snapshot earlier, long operations) {
			if (operations <= 0) {
				return Double.NaN;
			}
			double system = (this.guichet >= 0) ? this.guichet - earlier.guichet : this.bench - earlier.bench;
			return (system + (this.postgres - earlier.postgres)) / operations;
		}

		/** CPU per operation between {@code earlier} and this snapshot, as text. */
		String perOperation(Snapshot earlier, long operations) {
			if (operations <= 0) {
				return "";
			}
			double guichet = (this.guichet - earlier.guichet) / operations;
			double postgres = (this.postgres - earlier.postgres) / operations;
			double bench = (this.bench - earlier.bench) / operations;
			return String.format(Locale.ROOT, "CPU ms/op: %s PostgreSQL %.2f, bench JVM %.2f",
					(this.guichet >= 0) ? String.format(Locale.ROOT, "Guichet %.2f,", guichet) : "", postgres, bench);
		}

	}

	static Snapshot take(long guichetPid, BenchDatabase database) {
		double postgres = 0;
		for (String pid : database.strings("select pid from pg_stat_activity where datname = current_database()")) {
			postgres += processMillis(Long.parseLong(pid));
		}
		return new Snapshot((guichetPid > 0) ? processMillis(guichetPid) : -1, postgres, benchMillis());
	}

	static double benchMillis() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		return (os instanceof com.sun.management.OperatingSystemMXBean sun) ? sun.getProcessCpuTime() / 1e6 : 0;
	}

	/** User and system CPU of a process, from /proc/PID/stat; 0 once it is gone. */
	static double processMillis(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after "pid (comm) ": state is field 3, utime 14 and stime 15
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
