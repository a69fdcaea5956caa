package io.guichet.imports;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.imports.ImportFixture.email;
import static io.guichet.imports.ImportFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export: the import's columns and the access state, of one client or of every client
 * the user may see; it goes back in unchanged. Viewers export but do not import.
 */
@GuichetTest
class ContactExportApiTests {

	private static final String COLUMNS = "client,salutation,first_name,middle_name,last_name,suffix,job_title,"
			+ "department,email,email2,email3,phone,mobile,other_phone,other_channel,language,privacy,comments,role,"
			+ "invite,access_state";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http staff;

	ImportFixture imports;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		ImportFixture.viewer(this.identity, TestStaff.PASSWORD);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.imports = new ImportFixture(this.staff);
	}

	@Test
	void shouldExportTheContactsOfAClientWithTheirAccessAndImportThemBackUnchanged() {
		String client = unique("Export Acme");
		String clientId = this.imports.client(client);
		String other = this.imports.client(unique("Export Other"));
		String invited = email("exported");
		String formula = email("formula");
		create(clientId, "Lise", "Meitner, PhD", invited, true, Map.of("comments", "Line one\nline \"two\"",
				"salutation", "Dr", "jobTitle", "Physicist", "privacy", "HIDDEN_FROM_CLIENTS"));
		create(clientId, "=HYPERLINK(\"x\")", "Formula", formula, false, Map.of());
		create(other, "Not", "Here", email("elsewhere"), false, Map.of());

		Http.Response export = this.staff.get("/api/contacts/export?clientId=" + clientId);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		assertThat(export.header("Content-Disposition")).startsWith("attachment; filename=\"contacts-");
		String csv = export.body();
		assertThat(csv).startsWith("\uFEFF" + COLUMNS + "\r\n");
		assertThat(csv).contains("\"Meitner, PhD\"")
			.contains("\"Line one\nline \"\"two\"\"\"")
			.contains(invited + ",,,,+33 6 00 00 00 04,,,en,HIDDEN_FROM_CLIENTS")
			.contains(",REQUESTER,yes,INVITED\r\n")
			.contains("\"'=HYPERLINK(\"\"x\"\")\"")
			.doesNotContain("elsewhere");
		assertThat(csv.lines().count()).as("the header, two contacts, one comment on two lines").isEqualTo(4);

		JsonNode back = this.imports.analysed(csv, false);
		assertThat(back.get("counts").get("unchanged").asInt())
			.as(this.imports.lines(back.get("id").asText()).toString())
			.isEqualTo(2);
		assertThat(back.get("counts").get("rejected").asInt()).isZero();

		String semicolons = this.staff.get("/api/contacts/export?clientId=" + clientId + "&separator=semicolon").body();
		assertThat(semicolons).startsWith("\uFEFF" + COLUMNS.replace(',', ';'));
		assertThat(this.imports.analysed(semicolons, false).get("counts").get("unchanged").asInt()).isEqualTo(2);
		assertThat(this.staff.get("/api/contacts/export?separator=tab").status()).isEqualTo(400);
		assertThat(this.staff.get("/api/contacts/export?clientId=" + java.util.UUID.randomUUID()).status())
			.isEqualTo(404);
		assertThat(this.staff.get("/api/contacts/export").body()).as("every client").contains(invited, "elsewhere");
	}

	@Test
	void shouldLetViewersExportButNotImport() {
		String clientId = this.imports.client(unique("Export Viewer"));
		String address = email("viewed");
		create(clientId, "Vera", "Viewed", address, false, Map.of());
		Http viewer = new Http(this.port).as(ImportFixture.VIEWER, TestStaff.PASSWORD);
		Http.Response export = viewer.get("/api/contacts/export?clientId=" + clientId);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body()).contains(address);
		Http.Response upload = viewer.postMultipart("/api/imports", Map.of(), "file", "c.csv",
				export.body().getBytes(StandardCharsets.UTF_8));
		assertThat(upload.status()).isEqualTo(403);
		assertThat(viewer.get("/api/imports").json()).isEmpty();
		assertThat(new Http(this.port).get("/api/contacts/export").status()).isEqualTo(401);
	}

	private void create(String clientId, String firstName, String lastName, String email, boolean invite,
			Map<String, Object> extra) {
		Map<String, Object> card = new java.util.HashMap<>(
				Map.of("clientId", clientId, "firstName", firstName, "lastName", lastName, "email", email, "mobile",
						"+33 6 00 00 00 04", "role", "REQUESTER", "invite", invite));
		card.putAll(extra);
		Http.Response created = this.staff.postJson("/api/contacts", card);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

}
