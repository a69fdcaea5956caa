package io.guichet.document.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Documents tab of a client: upload with errors next to the fields, download,
 * deletion after a confirmation, viewers reading only.
 */
@GuichetTest
class ClientDocumentPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http api;

	String id;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.id = this.api.postJson("/api/clients", Map.of("name", "Docs " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
	}

	@Test
	void shouldUploadDownloadAndDeleteDocumentsAfterAConfirmation() {
		String page = "/console/clients/" + this.id + "/documents";
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		String csrf = browser.get(page).csrf();
		Http.Response none = browser.postMultipart(page,
				new Multipart().field("_csrf", csrf).field("title", "Nothing"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("id=\"file-error\"")
			.contains("Choose a file to upload.")
			.contains("value=\"Nothing\"")
			.contains("id=\"tab-documents\"");

		byte[] content = "contract body".getBytes(StandardCharsets.UTF_8);
		Http.Response badDate = browser.postMultipart(page,
				new Multipart().field("_csrf", csrf)
					.field("title", "")
					.field("reminderDate", "next spring")
					.file("file", "contract.txt", "text/plain", content));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body()).contains("id=\"reminderDate-error\"")
			.contains("Enter the reminder date as a date, or nothing.");
		Http.Response noTitle = browser.postMultipart(page,
				new Multipart().field("_csrf", csrf)
					.field("title", " ")
					.file("file", "contract.txt", "text/plain", content));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.body()).contains("id=\"title-error\"").contains("Required.");
		assertThat(this.api.get("/api/clients/" + this.id + "/documents").json().size()).as("nothing written").isZero();

		Http.Response uploaded = browser.postMultipart(page,
				new Multipart().field("_csrf", csrf)
					.field("title", "Contract 2027")
					.field("reminderDate", "2027-01-15")
					.field("note", "renew")
					.file("file", "contract.txt", "text/plain", content));
		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(uploaded.header("Location")).endsWith(page);
		Http.Response tab = browser.get(page);
		assertThat(tab.body()).contains("Document contract.txt added.")
			.contains("Contract 2027")
			.contains("contract.txt")
			.contains("Jan 15, 2027");
		String documentId = this.api.get("/api/clients/" + this.id + "/documents").json().get(0).get("id").asText();
		Http.Response download = browser.get(page + "/" + documentId);
		assertThat(download.body()).isEqualTo("contract body");
		assertThat(download.header("Content-Disposition")).contains("contract.txt");

		Http.Response ask = browser.postForm(page + "/" + documentId + "/delete", Map.of("_csrf", csrf));
		assertThat(ask.body()).contains("Delete the document contract.txt?");
		assertThat(this.api.get("/api/clients/" + this.id + "/documents").json().size()).isEqualTo(1);
		Http.Response deleted = browser.postForm(page + "/" + documentId + "/delete",
				Map.of("_csrf", csrf, "confirmed", "true"));
		assertThat(deleted.header("Location")).endsWith(page);
		assertThat(this.api.get("/api/clients/" + this.id + "/documents").json().size()).isZero();
	}

	@Test
	void shouldRefuseAFileNameTooLongOrATitleOnTwoLinesOnThePage() {
		String page = "/console/clients/" + this.id + "/documents";
		byte[] content = "contract body".getBytes(StandardCharsets.UTF_8);
		for (String language : new String[] { "en", "fr" }) {
			Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, language).http();
			String csrf = browser.get(page).csrf();
			Http.Response twoLines = browser.postMultipart(page,
					new Multipart().field("_csrf", csrf)
						.field("title", "Line one\nLine two")
						.file("file", "contract.txt", "text/plain", content));
			assertThat(twoLines.status()).as(twoLines.body()).isEqualTo(400);
			assertThat(twoLines.body()).contains("id=\"title-error\"")
				.contains(language.equals("en") ? "Must fit on one line, without control characters."
						: "Doit tenir sur une ligne, sans caractère de contrôle.");
			Http.Response longName = browser.postMultipart(page,
					new Multipart().field("_csrf", csrf)
						.field("title", "Contract")
						.file("file", "a".repeat(300) + ".txt", "text/plain", content));
			assertThat(longName.status()).as(longName.body()).isEqualTo(400);
			assertThat(longName.body()).contains("id=\"file-error\"")
				.contains(language.equals("en") ? "The file name is too long: 255 characters at most."
						: "Le nom du fichier est trop long : 255 caractères au plus.")
				.contains("value=\"Contract\"");
			for (String unreadable : new String[] { "a\u0000b.txt", "\r\nSet-Cookie: hacked=1" }) {
				Http.Response refused = browser.postMultipart(page,
						new Multipart().field("_csrf", csrf)
							.field("title", "Contract")
							.file("file", unreadable, "text/plain", content));
				assertThat(refused.status()).as(refused.body()).isIn(400, 403);
				assertThat(refused.body()).doesNotContain("Exception");
				assertThat(refused.raw().headers().allValues("Set-Cookie")).noneMatch((c) -> c.contains("hacked"));
			}
		}
		assertThat(this.api.get("/api/clients/" + this.id + "/documents").json().size()).as("nothing written").isZero();
		Http.Response api = this.api.postMultipart("/api/clients/" + this.id + "/documents",
				new Multipart().field("title", "Contract")
					.file("file", "a".repeat(300) + ".txt", "text/plain", content));
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.json().get("errors").get(0).get("message").asText())
			.isEqualTo("The file name is too long: 255 characters at most.");
	}

	@Test
	void shouldLetViewersReadAndDownloadOnly() {
		String page = "/console/clients/" + this.id + "/documents";
		String documentId = this.api
			.postMultipart("/api/clients/" + this.id + "/documents",
					new Multipart().field("title", "Kept")
						.file("file", "kept.txt", "text/plain", "kept".getBytes(StandardCharsets.UTF_8)))
			.json()
			.get("id")
			.asText();
		Http viewer = ConsoleSession.signIn(this.port, TestStaff.VIEWER, "en").http();
		Http.Response list = viewer.get(page);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("kept.txt").doesNotContain("id=\"upload\"").doesNotContain("/delete");
		assertThat(viewer.get(page + "/" + documentId).body()).isEqualTo("kept");
		assertThat(
				viewer.postForm(page + "/" + documentId + "/delete", Map.of("_csrf", list.csrf(), "confirmed", "true"))
					.status())
			.isEqualTo(403);
		assertThat(this.api.get("/api/clients/" + this.id + "/documents").json().size()).isEqualTo(1);
	}

}
