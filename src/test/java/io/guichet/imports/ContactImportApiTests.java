package io.guichet.imports;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Jobs;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.BodyPart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.imports.ImportFixture.HEADER;
import static io.guichet.imports.ImportFixture.email;
import static io.guichet.imports.ImportFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV imports over the API: the dry run's report of every row, the real run (invited rows
 * pre-approved), idempotence, clients created on demand, the report e-mail.
 */
@GuichetTest
class ContactImportApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	Http staff;

	ImportFixture imports;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.imports = new ImportFixture(this.staff);
	}

	@Test
	void shouldReportEveryRowBeforeWritingAnythingThenWriteTheValidOnes() throws Exception {
		String client = unique("Import Acme");
		String clientId = this.imports.client(client);
		String known = email("known");
		String same = email("same");
		String cardOnly = email("card");
		for (String address : List.of(known, same, cardOnly)) {
			assertThat(this.staff
				.postJson("/api/contacts",
						Map.of("clientId", clientId, "firstName", "Known", "lastName", "Contact", "email", address,
								"mobile", "+33 6 00 00 00 01", "role", "REQUESTER", "invite", false, "language", "en"))
				.status()).isEqualTo(201);
		}
		String invited = email("invited");
		String csv = HEADER + "\n" + client + ",Marie,Curie," + invited + ",,+33 6 11 11 11 11,Buyer,fr,MANAGER,yes\n"
				+ client + ",Known,Contact," + known + ",,+33 6 00 00 00 01,Director,en,,no\n" + client
				+ ",Known,Contact," + same + ",,+33 6 00 00 00 01,,en,,\n" + client
				+ ",Bad,Mail,not-an-address,,1234,,,,\n" + "Nobody Knows Inc,Lost,Client," + email("lost")
				+ ",,1234,,,,\n" + client + ",No,Channel," + email("nochannel") + ",,,,,,\n" + client + ",Marie,Again,"
				+ invited.toUpperCase() + ",,1234,,,,\n" + client + ",Dupont, Jean,Dupont," + email("shifted")
				+ ",,1234,,,,\n" + client + ",No,Role," + email("norole") + ",,1234,,,,yes\n" + client
				+ ",Known,Contact," + cardOnly + ",,+33 6 00 00 00 01,,en,OBSERVER,oui\n";
		JsonNode report = this.imports.analysed(csv, false);
		String id = report.get("id").asText();
		assertThat(report.get("counts").get("created").asInt()).isEqualTo(1);
		assertThat(report.get("counts").get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("counts").get("unchanged").asInt()).isEqualTo(2);
		assertThat(report.get("counts").get("rejected").asInt()).isEqualTo(6);
		assertThat(report.get("counts").get("invited").asInt()).isEqualTo(2);
		Map<Integer, JsonNode> lines = this.imports.lines(id);
		assertThat(outcome(lines, 2)).isEqualTo("CREATE");
		assertThat(lines.get(2).get("invite").asBoolean()).isTrue();
		assertThat(outcome(lines, 3)).isEqualTo("UPDATE");
		assertThat(lines.get(3).get("changes").get(0).asText()).isEqualTo("jobTitle: — → Director");
		assertThat(outcome(lines, 4)).isEqualTo("UNCHANGED");
		assertThat(problem(lines, 5)).isEqualTo("email: Enter a valid e-mail address, like name@company.com.");
		assertThat(problem(lines, 6)).startsWith("client: No client is named « Nobody Knows Inc »");
		assertThat(problem(lines, 7)).startsWith("phone: Give at least one phone");
		assertThat(problem(lines, 8)).isEqualTo("email: This e-mail is already on row 2 of this file.");
		assertThat(problem(lines, 9)).startsWith("row: This row has 11 values where the first line names 10 columns");
		assertThat(problem(lines, 10)).startsWith("role: Give the role of an invited contact");
		assertThat(outcome(lines, 11)).isEqualTo("UNCHANGED");
		assertThat(lines.get(11).get("invite").asBoolean()).as("a card without access gets one").isTrue();
		assertThat(this.staff.get("/api/contacts?email=" + invited).status()).as("nothing written yet").isEqualTo(404);
		assertThat(this.imports.contact(known).get("jobTitle").isNull()).isTrue();
		Http french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).language("fr");
		assertThat(french.get("/api/imports/" + id + "/lines?outcome=REJECTED&size=1")
			.json()
			.get("items")
			.get(0)
			.get("problems")
			.get(0)
			.get("message")
			.asText()).startsWith("Saisissez une adresse e-mail valide");

		JsonNode done = this.imports.run(id);
		assertThat(done.get("counts").get("created").asInt()).isEqualTo(1);
		assertThat(done.get("counts").get("updated").asInt()).isEqualTo(1);
		assertThat(done.get("counts").get("rejected").asInt()).isEqualTo(6);
		assertThat(done.get("processedRows").asInt()).isEqualTo(10);
		JsonNode marie = this.imports.contact(invited);
		assertThat(marie.get("clientName").asText()).isEqualTo(client);
		assertThat(marie.get("access").get("state").asText()).as("pre-approved").isEqualTo("INVITED");
		assertThat(marie.get("access").get("role").asText()).isEqualTo("MANAGER");
		assertThat(marie.get("access").get("sponsor").asText()).isEqualTo(TestStaff.STAFF);
		assertThat(this.imports.history(marie.get("id").asText())).contains("CREATED", "INVITED", "IMPORTED");
		ProcessInstance onboarding = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(marie.get("access").get("id").asText())
			.singleResult();
		assertThat(onboarding).as("ContactOnboarding started").isNotNull();
		Jobs.runDue(this.management, onboarding.getId());
		assertThat(TestMail.body(TestMail.awaitMails(invited, 1).get(0))).contains("/activate?token=");
		JsonNode updated = this.imports.contact(known);
		assertThat(updated.get("jobTitle").asText()).isEqualTo("Director");
		assertThat(this.imports.history(updated.get("id").asText())).contains("CHANGED", "IMPORTED");
		assertThat(this.imports.history(this.imports.contact(same).get("id").asText()))
			.as("an unchanged row writes no history")
			.doesNotContain("IMPORTED", "CHANGED");
		JsonNode card = this.imports.contact(cardOnly);
		assertThat(card.get("access").get("state").asText()).isEqualTo("INVITED");
		assertThat(card.get("access").get("role").asText()).isEqualTo("OBSERVER");
		assertThat(this.imports.lines(id).get(2).get("result").asText()).isEqualTo("CREATE");

		MimeMessage mail = reportMail(id);
		assertThat(mail.getSubject()).isEqualTo("Import of contacts.csv: 1 created, 1 updated, 6 rejected");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		String body = bodyText(parts);
		assertThat(body).contains("Row 5 (not-an-address)").contains("/console/imports/" + id);
		BodyPart attachment = parts.getBodyPart(1);
		assertThat(attachment.getFileName()).isEqualTo("import-report.csv");
		String report2 = new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(report2.lines().count()).as("header and 10 rows").isEqualTo(11);
		assertThat(report2).contains("not-an-address,Rejected");
	}

	@Test
	void shouldNeutraliseFormulasInTheReportDownloadedAndMailed() throws Exception {
		String hyperlink = "=HYPERLINK(\"https://evil.example/" + unique("x").substring(2) + "\",\"Open\")";
		String sum = "@SUM(1+1)";
		String command = "-2+3+cmd|' /C calc'!A0";
		String client = "\"" + hyperlink.replace("\"", "\"\"") + "\"";
		String csv = HEADER + "\n" + client + ",Formula,Client," + email("formula") + ",,+33 6 00 00 00 09,,en,,\n"
				+ client + ",At,Sum," + sum + ",,+33 6 00 00 00 09,,,,\n" + client + ",A,Command," + command
				+ ",,+33 6 00 00 00 09,,,,\n";
		String id = this.imports.analysed(csv, true).get("id").asText();
		Map<Integer, JsonNode> lines = this.imports.lines(id);
		assertThat(lines.get(2).get("newClient").asText()).as("the API shows it as typed").isEqualTo(hyperlink);
		this.imports.run(id);

		String downloaded = this.staff.get("/api/imports/" + id + "/report").body();
		MimeMultipart parts = (MimeMultipart) reportMail(id).getContent();
		String attached = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		for (String report : List.of(downloaded, attached)) {
			List<CSVRecord> records = CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(new StringReader(report.substring(1)))
				.getRecords();
			assertThat(records).hasSize(3);
			assertThat(records.get(0).get("new_client")).isEqualTo("'" + hyperlink);
			assertThat(records.get(1).get("email")).isEqualTo("'" + sum);
			assertThat(records.get(2).get("email")).isEqualTo("'" + command);
			assertThat(records).allSatisfy((record) -> assertThat(record.values())
				.allSatisfy((cell) -> assertThat(cell).isEqualTo(Formulas.guard(cell))
					.doesNotStartWith("=")
					.doesNotStartWith("@")
					.doesNotStartWith("\t")));
		}
	}

	@Test
	void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
		String client = unique("Import Again");
		this.imports.client(client);
		String first = email("again1");
		String second = email("again2");
		String csv = HEADER + "\n" + client + ",Ada,Lovelace," + first
				+ ",,+44 7 00 00 00 01,Analyst,en,REQUESTER,yes\n" + client + ",Charles,Babbage," + second
				+ ",+44 20 0000 0000,,,en,,no\n";
		this.imports.run(this.imports.analysed(csv, false).get("id").asText());
		String firstId = this.imports.contact(first).get("id").asText();
		List<String> historyBefore = this.imports.history(firstId);
		long instancesBefore = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.imports.contact(first).get("access").get("id").asText())
			.count();

		JsonNode again = this.imports.analysed(csv, false);
		assertThat(again.get("counts").get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("counts").get("invited").asInt()).isZero();
		Map<Integer, JsonNode> lines = this.imports.lines(again.get("id").asText());
		assertThat(lines.get(2).get("notes").get(0).get("message").asText())
			.isEqualTo("Already has portal access (INVITED): not invited again.");
		JsonNode done = this.imports.run(again.get("id").asText());
		assertThat(done.get("counts").get("unchanged").asInt()).isEqualTo(2);
		assertThat(done.get("counts").get("created").asInt() + done.get("counts").get("updated").asInt()).isZero();
		assertThat(this.imports.history(firstId)).isEqualTo(historyBefore);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.imports.contact(first).get("access").get("id").asText())
			.count()).isEqualTo(instancesBefore);

		// a file with fewer columns leaves the other fields as they are
		JsonNode partial = this.imports.analysed(
				"client,first_name,last_name,email,job_title\n" + client + ",Ada,Lovelace," + first + ",CTO\n", false);
		Map<Integer, JsonNode> partialLines = this.imports.lines(partial.get("id").asText());
		assertThat(partialLines.get(2).get("changes").toString()).isEqualTo("[\"jobTitle: Analyst → CTO\"]");
		this.imports.run(partial.get("id").asText());
		JsonNode ada = this.imports.contact(first);
		assertThat(ada.get("jobTitle").asText()).isEqualTo("CTO");
		assertThat(ada.get("mobile").asText()).isEqualTo("+44 7 00 00 00 01");
	}

	@Test
	void shouldCreateMissingClientsOnlyWhenAsked() {
		String client = unique("Import New Client");
		String csv = HEADER + "\n" + client + ",Grace,Hopper," + email("grace") + ",,+1 555 0100,,en,,\n"
				+ client.toUpperCase() + ",Alan,Turing," + email("alan") + ",,+44 7 00 00 00 02,,,,\n";
		JsonNode refused = this.imports.analysed(csv, false);
		assertThat(refused.get("counts").get("rejected").asInt()).isEqualTo(2);
		JsonNode accepted = this.imports.analysed(csv, true);
		String id = accepted.get("id").asText();
		assertThat(accepted.get("counts").get("created").asInt()).isEqualTo(2);
		assertThat(this.imports.lines(id).get(2).get("newClient").asText()).isEqualTo(client);
		assertThat(this.staff.get("/api/clients?q=" + client.replace(" ", "%20")).json()).as("not yet").isEmpty();
		this.imports.run(id);
		JsonNode clients = this.staff.get("/api/clients?q=" + client.replace(" ", "%20")).json();
		assertThat(clients).as("one client for both rows").hasSize(1);
		assertThat(clients.get(0).get("language").asText()).as("the first row's language").isEqualTo("en");
		assertThat(this.staff.get("/api/contacts?clientId=" + clients.get(0).get("id").asText()).json()).hasSize(2);

		// many rows naming one new client, written by several writers side by side: one
		// client
		String shared = unique("Import Shared Client");
		StringBuilder many = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 160; i++) {
			many.append(shared)
				.append(",Many,Rows")
				.append(i)
				.append(',')
				.append(email("many" + i))
				.append(",,+33 6 00 00 00 08,,,,\n");
		}
		JsonNode done = this.imports.run(this.imports.analysed(many.toString(), true).get("id").asText());
		assertThat(done.get("counts").get("created").asInt()).isEqualTo(160);
		JsonNode sharedClients = this.staff.get("/api/clients?q=" + shared.replace(" ", "%20")).json();
		assertThat(sharedClients).hasSize(1);
		assertThat(this.staff.get("/api/contacts?size=200&clientId=" + sharedClients.get(0).get("id").asText()).json())
			.hasSize(160);
	}

	@Test
	void shouldRefuseUnreadableFilesWithClearErrorsAndStoreNothing() {
		int before = this.staff.get("/api/imports").json().size();
		Http french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).language("fr");
		byte[] latin1 = (HEADER + "\nAcme,Zoé,Élan,zoe@acme.example,,1234,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
		Http.Response english = this.imports.upload(latin1, false);
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.contentType()).startsWith("application/problem+json");
		assertThat(english.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
		assertThat(english.json().get("errors").get(0).get("message").asText())
			.startsWith("The file is not in UTF-8 (line 2");
		Http.Response inFrench = new ImportFixture(french).upload(latin1, false);
		assertThat(inFrench.json().get("errors").get(0).get("message").asText())
			.startsWith("Le fichier n'est pas en UTF-8 (la ligne 2");

		Http.Response missing = this.imports.upload("client;first_name;email\nAcme;Zoé;zoe@acme.example\n", false);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").get(0).get("message").asText())
			.startsWith("Columns missing from the first line: last_name.");
		Http.Response quotes = this.imports.upload(HEADER + "\n\"Acme,Zoé,Élan,zoe@acme.example,,1234,,,,\n", false);
		assertThat(quotes.json().get("errors").get(0).get("message").asText())
			.startsWith("Row 2: a quoted value is never closed");

		StringBuilder big = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 50_000; i++) {
			big.append("Acme,F,L,c").append(i).append("@acme.example,,+33 6 00 00 00 00,,,,\n");
		}
		Http.Response tooBig = this.imports.upload(big.toString(), false);
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.json().get("errors").get(0).get("message").asText())
			.isEqualTo("The file has more than 20,000 rows: split it into files of 20,000 rows at most and import"
					+ " them one after the other.");
		Http.Response noFile = this.staff.postMultipart("/api/imports", Map.of(), "other", "x.csv", new byte[0]);
		assertThat(noFile.json().get("errors").get(0).get("message").asText())
			.isEqualTo("Choose a CSV file to import.");
		assertThat(this.staff.get("/api/imports").json().size()).as("nothing stored").isEqualTo(before);
	}

	@Test
	void shouldRunOnceAndOnlyAfterTheDryRun() {
		String client = unique("Import Once");
		this.imports.client(client);
		String csv = HEADER + "\n" + client + ",Once,Only," + email("once") + ",,+33 6 00 00 00 03,,en,,\n";
		String id = this.imports.analysed(csv, false).get("id").asText();
		this.imports.run(id);
		assertThat(this.staff.postJson("/api/imports/" + id + "/run", "").status()).isEqualTo(409);
		String other = this.imports.analysed(csv, false).get("id").asText();
		assertThat(this.staff.send("DELETE", "/api/imports/" + other, "").status()).isEqualTo(204);
		assertThat(this.staff.get("/api/imports/" + other).status()).isEqualTo(404);
		Http someoneElse = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		assertThat(someoneElse.get("/api/imports/" + id).status()).as("another user's import").isEqualTo(404);
		Http admin = new Http(this.port).as("admin", "Admin-password-1");
		assertThat(admin.get("/api/imports/" + id).status()).isEqualTo(200);
		assertThat(admin.get("/api/imports").json().findValuesAsText("id")).contains(id);
		assertThat(admin.get("/api/imports/" + id + "/report").body()).contains("row,email,outcome");
	}

	private MimeMessage reportMail(String importId) throws Exception {
		String staffMail = TestStaff.STAFF + "@staff.test";
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> TestMail.to(staffMail).stream().anyMatch((m) -> mentions(m, importId)));
		return TestMail.to(staffMail).stream().filter((m) -> mentions(m, importId)).findFirst().orElseThrow();
	}

	private static boolean mentions(MimeMessage message, String importId) {
		try {
			return message.getContent() instanceof MimeMultipart parts && bodyText(parts).contains(importId);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static String bodyText(MimeMultipart parts) throws Exception {
		BodyPart first = parts.getBodyPart(0);
		Object content = first.getContent();
		if (content instanceof MimeMultipart nested) {
			return String.valueOf(nested.getBodyPart(0).getContent());
		}
		return String.valueOf(content);
	}

	private static String outcome(Map<Integer, JsonNode> lines, int row) {
		return lines.get(row).get("outcome").asText();
	}

	private static String problem(Map<Integer, JsonNode> lines, int row) {
		JsonNode problem = lines.get(row).get("problems").get(0);
		return problem.get("field").asText() + ": " + problem.get("message").asText();
	}

}
