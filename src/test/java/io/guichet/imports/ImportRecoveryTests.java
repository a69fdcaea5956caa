package io.guichet.imports;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.common.Actor;
import io.guichet.imports.ImportLines.PendingLine;
import io.guichet.imports.ImportLines.StoredLine;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.guichet.imports.ImportFixture.HEADER;
import static io.guichet.imports.ImportFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that stops or dies in the middle of an import leaves no import "running"
 * for ever: its worker stops saying it is alive, and the next sweep (here or on another
 * instance) goes on from the first line not done, without doing any line twice.
 */
@GuichetTest
class ImportRecoveryTests {

	private static final int ROWS = 30;

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	ImportStore store;

	@Autowired
	ImportClaims claims;

	@Autowired
	ImportLines lines;

	@Autowired
	LinePlanner planner;

	@Autowired
	LineWriter writer;

	@Autowired
	ImportSweep sweep;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	ImportFixture imports;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.imports = new ImportFixture(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD));
	}

	@Test
	void shouldGoOnWithARunWhoseWorkerDied() {
		String client = unique("Recovery Run");
		this.imports.client(client);
		UUID id = UUID.fromString(this.imports.analysed(file(client), false).get("id").asText());
		// a worker claims the run and writes a third of it, then its instance dies
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			assertThat(this.store.startRun(id, Instant.now())).isTrue();
			assertThat(this.claims.claim(id, "worker-that-dies", Instant.now(), Instant.now())).isTrue();
		});
		ImportContext context = new ImportContext(id, "contacts.csv", Actor.staff(TestStaff.STAFF), false, columns(),
				Set.of());
		List<StoredLine> first = this.lines.unwritten(id, 0, ROWS / 3).stream().map(PendingLine::line).toList();
		TransactionTemplate reads = new TransactionTemplate(this.transactions);
		reads.execute((status) -> this.planner.plan(first, context))
			.forEach((plan) -> this.writer.write(plan, context));
		this.jdbc.update("update contact_import set heartbeat_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), id);

		this.sweep.sweep();
		JsonNode done = this.imports.awaitState(id.toString(), "DONE");
		assertThat(done.get("processedRows").asInt()).isEqualTo(ROWS);
		assertThat(done.get("counts").get("created").asInt()).isEqualTo(ROWS);
		for (int row = 0; row < ROWS; row++) {
			String contactId = this.imports.contact(address(client, row)).get("id").asText();
			assertThat(this.imports.history(contactId).stream().filter("CREATED"::equals)).as("row %d once", row)
				.hasSize(1);
		}
	}

	@Test
	void shouldStartADryRunAgainWhenItsWorkerDied() {
		String client = unique("Recovery Dry Run");
		this.imports.client(client);
		UUID id = UUID.fromString(this.imports.analysed(file(client), false).get("id").asText());
		this.jdbc.update(
				"update contact_import set state = 'ANALYSING', owner = 'worker-that-died', heartbeat_at = ?,"
						+ " processed_rows = 3 where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), id);
		this.jdbc.update("update contact_import_row set planned = null where import_id = ? and line_no > 5", id);

		this.sweep.sweep();
		JsonNode analysed = this.imports.awaitState(id.toString(), "ANALYSED");
		assertThat(analysed.get("processedRows").asInt()).isEqualTo(ROWS);
		assertThat(analysed.get("counts").get("created").asInt()).isEqualTo(ROWS);
		assertThat(this.imports.lines(id.toString()).values()).allMatch((line) -> line.get("result").isNull());
	}

	private static String file(String client) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int row = 0; row < ROWS; row++) {
			csv.append(client)
				.append(",Row,Number ")
				.append(row)
				.append(',')
				.append(address(client, row))
				.append(",,+33 6 00 00 00 05,,en,,\n");
		}
		return csv.toString();
	}

	private static String address(String client, int row) {
		return "row" + row + "-" + client.replace(' ', '-').toLowerCase() + "@recovery.example";
	}

	private static Set<Column> columns() {
		Set<Column> columns = new HashSet<>();
		Arrays.stream(HEADER.split(",")).forEach((header) -> Column.ofHeader(header).ifPresent(columns::add));
		return columns;
	}

}
