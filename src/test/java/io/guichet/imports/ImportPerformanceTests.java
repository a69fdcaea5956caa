package io.guichet.imports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.imports.ImportFixture.HEADER;
import static io.guichet.imports.ImportFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 rows on PostgreSQL within 60 seconds, from the upload to the end of the real
 * run: 20 clients, one row in ten invited (its ContactOnboarding started). Run with
 * {@code ./mvnw verify -Pperformance} (PostgreSQL as for -Ppostgres); the times are
 * printed and written to target/import-performance.txt with the CPU this JVM used and the
 * machine's load, which weighs most on a small shared machine.
 */
@GuichetTest
@Tag("performance")
class ImportPerformanceTests {

	private static final int ROWS = 10_000;

	private static final int CLIENTS = 20;

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldImportTenThousandRowsWithinAMinuteOnPostgreSql() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).as("measured on PostgreSQL")
				.isEqualTo("PostgreSQL");
		}
		TestStaff.ensure(this.identity);
		ImportFixture imports = new ImportFixture(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD));
		String prefix = unique("Perf");
		List<String> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(prefix + " client " + i);
			imports.client(clients.get(i));
		}
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		String domain = prefix.replace(' ', '-').toLowerCase() + ".example";
		for (int row = 0; row < ROWS; row++) {
			boolean invited = row % 10 == 0;
			csv.append(clients.get(row % CLIENTS))
				.append(",First")
				.append(row)
				.append(",Last")
				.append(row)
				.append(",contact")
				.append(row)
				.append('@')
				.append(domain)
				.append(",+33 1 00 00 00 00,+33 6 00 00 00 00,Buyer,fr,")
				.append(invited ? "REQUESTER,yes" : ",no")
				.append('\n');
		}

		OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuStart = system.getProcessCpuTime();
		long start = System.nanoTime();
		Http.Response uploaded = imports.upload(csv.toString(), false);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
		String id = uploaded.json().get("id").asText();
		JsonNode analysed = imports.awaitState(id, "ANALYSED", Duration.ofMinutes(5));
		long dryRun = System.nanoTime();
		assertThat(analysed.get("counts").get("created").asInt()).isEqualTo(ROWS);
		imports.start(id);
		JsonNode done = imports.awaitState(id, "DONE", Duration.ofMinutes(10));
		long end = System.nanoTime();
		double cpu = (system.getProcessCpuTime() - cpuStart) / 1e9;
		double load = system.getSystemLoadAverage();

		Duration analysis = Duration.ofNanos(dryRun - start);
		Duration writing = Duration.ofNanos(end - dryRun);
		Duration total = Duration.ofNanos(end - start);
		String result = String.format(Locale.ROOT,
				"Import of %,d rows (%,d invited) on PostgreSQL: dry run %.1f s, run %.1f s, total %.1f s"
						+ " (CPU of this JVM %.1f s, machine load average %.1f on %d cores)%n",
				ROWS, ROWS / 10, analysis.toMillis() / 1000.0, writing.toMillis() / 1000.0, total.toMillis() / 1000.0,
				cpu, load, Runtime.getRuntime().availableProcessors());
		long exportStart = System.nanoTime();
		Http.Response export = imports.staff().get("/api/contacts/export");
		Duration exported = Duration.ofNanos(System.nanoTime() - exportStart);
		result += String.format(Locale.ROOT, "Export of every contact (%,d lines) in %.1f s%n",
				export.body().lines().count() - 1, exported.toMillis() / 1000.0);
		System.out.print(result);
		write(result);
		assertThat(done.get("counts").get("created").asInt()).isEqualTo(ROWS);
		assertThat(done.get("counts").get("invited").asInt()).isEqualTo(ROWS / 10);
		assertThat(imports.staff().get("/api/imports/" + id + "/lines?outcome=REJECTED").json().get("total").asInt())
			.isZero();
		assertThat(export.body().lines().filter((line) -> line.contains("@" + domain + ",")))
			.as("the whole file comes back out")
			.hasSize(ROWS);
		assertThat(total).as(result).isLessThanOrEqualTo(Duration.ofSeconds(60));
	}

	private static void write(String result) throws IOException {
		Path target = Path.of("target");
		Files.createDirectories(target);
		Files.writeString(target.resolve("import-performance.txt"), result);
	}

}
