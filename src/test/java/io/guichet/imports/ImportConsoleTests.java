package io.guichet.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.imports.ImportFixture.HEADER;
import static io.guichet.imports.ImportFixture.email;
import static io.guichet.imports.ImportFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's import pages as a browser uses them: sign in, upload (with the form's
 * CSRF field), read the report, run it, follow the progress, download; viewers read and
 * export only.
 */
@GuichetTest
class ImportConsoleTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	ImportFixture imports;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		ImportFixture.viewer(this.identity, TestStaff.PASSWORD);
		this.imports = new ImportFixture(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD));
	}

	@Test
	void shouldUploadCheckRunAndExportFromTheConsole() {
		String client = unique("Console Import");
		this.imports.client(client);
		String address = email("console");
		Http browser = signIn(TestStaff.STAFF, "en");
		Http.Response page = browser.get("/console/imports");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/console/imports\"")
			.contains("Import contacts")
			.contains("enctype=\"multipart/form-data\"")
			.contains("20,000 rows at most");

		Http.Response refused = browser.postMultipart("/console/imports", Map.of("_csrf", page.csrf()), "file",
				"bad.csv", "client,first_name\nAcme,Zoé\n".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"import-errors\"")
			.contains("Columns missing from the first line: last_name, email.");
		Http.Response noFile = browser.postMultipart("/console/imports",
				Map.of("_csrf", page.csrf(), "createClients", "true"), "file", "", new byte[0]);
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.body()).contains("Choose a CSV file to import.").contains("checked=\"checked\"");
		Http.Response notABox = browser.postMultipart("/console/imports",
				Map.of("_csrf", page.csrf(), "createClients", "maybe"), "file", "c.csv",
				csv(client, address).getBytes(StandardCharsets.UTF_8));
		assertThat(notABox.status()).isEqualTo(400);
		assertThat(notABox.body()).contains("Tick the box, or leave it empty.");
		Http.Response noCsrf = browser.postMultipart("/console/imports", Map.of(), "file", "c.csv",
				csv(client, address).getBytes(StandardCharsets.UTF_8));
		assertThat(noCsrf.status()).isEqualTo(403);

		Http.Response uploaded = browser.postMultipart("/console/imports",
				Map.of("_csrf", page.csrf(), "createClients", "true"), "file", "crm.csv",
				csv(client, address).getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
		String path = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
		assertThat(path).startsWith("/console/imports/");
		awaitState(browser, path, "ANALYSED");
		Http.Response report = browser.get(path);
		assertThat(report.body()).contains("crm.csv")
			.contains("<progress id=\"progress\" max=\"2\" value=\"2\">")
			.contains("Will be created")
			.contains("Rejected")
			.contains("Import the valid row")
			.contains("Enter a valid e-mail address");
		assertThat(browser.get(path + "?outcome=REJECTED").body()).contains("not-an-address").doesNotContain(address);

		Http.Response run = browser.postForm(path + "/run", Map.of("_csrf", report.csrf()));
		assertThat(run.status()).isEqualTo(302);
		awaitState(browser, path, "DONE");
		Http.Response done = browser.get(path);
		assertThat(done.body()).contains("The import is over").contains("Download the whole report");
		assertThat(this.imports.contact(address).get("clientName").asText()).isEqualTo(client);
		Http.Response csv = browser.get(path + "/report.csv");
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains(address + ",Created");

		Http.Response export = browser
			.get("/console/contacts/export?separator=semicolon&clientId=&clientName=" + client.replace(" ", "%20"));
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body()).contains(";" + address + ";");
		Http.Response unknown = browser.get("/console/contacts/export?clientName=No%20such%20client%20at%20all");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("Choose an existing client");
		assertThat(unknown.body()).contains("value=\"No such client at all\"");
		Http.Response badId = browser.get("/console/contacts/export?clientName=x&clientId=not-an-id");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.body()).contains("id=\"clientName-errors\"").contains("Choose an existing client");
		Http.Response badSeparator = browser.get("/console/contacts/export?separator=tab");
		assertThat(badSeparator.status()).isEqualTo(400);
		assertThat(badSeparator.body()).contains("id=\"separator-errors\"").contains("Choose comma or semicolon.");
		assertThat(signIn(TestStaff.STAFF, "fr").get("/console/contacts/export?separator=tab").body())
			.contains("Choisissez comma (virgule) ou semicolon (point-virgule).");

		Http.Response again = browser.postForm(path + "/run", Map.of("_csrf", done.csrf()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("This import cannot run now");
		Http otherStaff = signIn(TestStaff.APPROVER, "en");
		assertThat(otherStaff.get(path).status()).as("another user's import").isEqualTo(404);

		Http french = signIn(TestStaff.STAFF, "fr");
		assertThat(french.get(path).body()).contains("Créés").contains("Terminé");
	}

	@Test
	void shouldLetViewersReadAndExportButNotImport() {
		Http viewer = signIn(ImportFixture.VIEWER, "en");
		Http.Response page = viewer.get("/console/imports");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"read-only\"").doesNotContain("id=\"upload\"").contains("id=\"export\"");
		Http.Response upload = viewer.postMultipart("/console/imports", Map.of("_csrf", page.csrf()), "file", "c.csv",
				csv("Anything", email("viewer")).getBytes(StandardCharsets.UTF_8));
		// refused by the console's security chain: viewers post nothing
		assertThat(upload.status()).isEqualTo(403);
		assertThat(viewer.get("/console/contacts/export").status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void shouldShowTheReportWithLabelsInTheReadersLanguage(String language) {
		boolean french = language.equals("fr");
		String client = unique("Labelled Import");
		this.imports.client(client);
		String address = email("labels");
		this.imports.run(this.imports
			.analysed(HEADER + "\n" + client + ",Lea,Label," + address + ",,+33 6 00 00 00 08,Engineer,en,,\n", false)
			.get("id")
			.asText());
		Http browser = signIn(TestStaff.STAFF, language);
		Http.Response page = browser.get("/console/imports");
		Http.Response uploaded = browser.postMultipart("/console/imports", Map.of("_csrf", page.csrf()), "file",
				"labels.csv",
				(HEADER + "\n" + client + ",Lea,Label," + address + ",,+33 6 00 00 00 08,Director,en,,\n" + client
						+ ",Bad,Language," + email("bad") + ",,+33 6 00 00 00 09,,xx,,\n")
					.getBytes(StandardCharsets.UTF_8));
		String path = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
		awaitState(browser, path, "ANALYSED");

		String lines = browser.get(path).body();
		lines = lines.substring(lines.indexOf("<table id=\"lines\">"));
		String changed = french ? "Fonction : Engineer → Director" : "Job title: Engineer → Director";
		String rejected = french ? "Langue : Choisissez une langue" : "Language: Choose a language";
		assertThat(lines).contains(changed, rejected).doesNotContain("jobTitle", "job_title", "language:");
		String csv = browser.get(path + "/report.csv").body();
		assertThat(csv).contains(changed, rejected, french ? "Sera modifié" : "Will be updated")
			.doesNotContain(",UPDATE,")
			.doesNotContain("jobTitle");
	}

	private static String csv(String client, String address) {
		return HEADER + "\n" + client + ",Cora,Console," + address + ",,+33 6 00 00 00 06,,en,,\n" + client
				+ ",Bad,Address,not-an-address,,+33 6 00 00 00 07,,en,,\n";
	}

	private void awaitState(Http browser, String path, String state) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> state.equals(browser.get(path + "/progress").json().get("state").asText()));
	}

	private Http signIn(String user, String language) {
		Http browser = new Http(this.port).language(language);
		Http.Response signedIn = browser.postForm("/console/login", Map.of("_csrf",
				browser.get("/console/login").csrf(), "username", user, "password", TestStaff.PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).endsWith("/console/clients");
		return browser;
	}

}
