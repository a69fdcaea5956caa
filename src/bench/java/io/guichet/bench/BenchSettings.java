package io.guichet.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.seconds=5} for a
 * quick run).
 */
record BenchSettings(String pgHost, int pgPort, String pgUser, String pgPassword, String database,
		String bareDatabase, Duration levelDuration, Set<String> scenarios, List<Integer> p0Clients,
		List<Integer> p1Clients, List<Integer> p2Clients, List<Integer> p3Clients, List<Integer> ceilingClients,
		int p3Accesses, int p4Accesses, int p4Due, Duration p4Timeout, Duration drainTimeout, String profile,
		List<String> guichetArguments, List<String> jvmOptions) {

	static BenchSettings fromSystemProperties() {
		return new BenchSettings(System.getProperty("bench.pg-host", "127.0.0.1"),
				Integer.getInteger("bench.pg-port", 5432), System.getProperty("bench.pg-user", "postgres"),
				System.getProperty("bench.pg-password", ""), System.getProperty("bench.database", "guichet_bench"),
				System.getProperty("bench.bare-database", "camunda_bare_bench"),
				Duration.ofSeconds(Integer.getInteger("bench.seconds", 15)),
				Arrays.stream(System.getProperty("bench.scenarios", "P0,P1,P2,P3,P4,P5,BARE,DB").split(","))
					.map(String::trim)
					.map(String::toUpperCase)
					.collect(Collectors.toSet()),
				ints("bench.p0.clients", "1,8,32"), ints("bench.p1.clients", "1,8,32,64"),
				ints("bench.p2.clients", "8,32"), ints("bench.p3.clients", "8,32"),
				ints("bench.db.clients", "1,8,32,64"), Integer.getInteger("bench.p3.accesses", 20),
				Integer.getInteger("bench.p4.accesses", 100_000), Integer.getInteger("bench.p4.due", 10_000),
				Duration.ofSeconds(Integer.getInteger("bench.p4.timeout-seconds", 300)),
				Duration.ofSeconds(Integer.getInteger("bench.drain-seconds", 120)),
				System.getProperty("bench.profile", "").toUpperCase(),
				// every load client comes from 127.0.0.1: the per-address budgets would
				// take the load for a flood
				Stream
					.concat(Stream.of("--guichet.throttle.registrations.per-address=1000000000",
							"--guichet.throttle.reset-requests.per-address=1000000000"),
							Arrays.stream(System.getProperty("bench.guichet-args", "").split(" "))
								.filter((argument) -> !argument.isBlank()))
					.toList(),
				Arrays.stream(System.getProperty("bench.jvm-options", "@jvm.options").split(" "))
					.filter((option) -> !option.isBlank())
					.toList());
	}

	boolean runs(String scenario) {
		return this.scenarios.contains(scenario);
	}

	String url(String name) {
		return "jdbc:postgresql://" + this.pgHost + ":" + this.pgPort + "/" + name;
	}

	private static List<Integer> ints(String property, String defaults) {
		return Arrays.stream(System.getProperty(property, defaults).split(","))
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
	}

}
