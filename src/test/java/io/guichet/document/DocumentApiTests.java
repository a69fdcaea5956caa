package io.guichet.document;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin documents over the API: upload, list, download, delete, limits and visibility.
 */
@GuichetTest
class DocumentApiTests {

	static final String VIEWER = "test-viewer";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	DocumentRepository documents;

	@Autowired
	AdminDocuments adminDocuments;

	Http staff;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		if (this.identity.createUserQuery().userId(VIEWER).count() == 0) {
			User user = this.identity.newUser(VIEWER);
			user.setPassword(TestStaff.PASSWORD);
			this.identity.saveUser(user);
			this.identity.createMembership(VIEWER, "guichet-viewer");
		}
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
	}

	@Test
	void shouldUploadListDownloadAndDeleteADocument() throws Exception {
		String client = client(List.of());
		byte[] pdf = "%PDF-1.4 contrat signé".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> created = upload(client, "Contrat 2025", "contrat-été.pdf", "application/pdf", pdf,
				"2030-01-15", "Renouveler avant la fin");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = json(created.body()).get("id").asText();

		JsonNode list = this.staff.get("/api/clients/" + client + "/documents").json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("title").asText()).isEqualTo("Contrat 2025");
		assertThat(list.get(0).get("fileName").asText()).isEqualTo("contrat-été.pdf");
		assertThat(list.get(0).get("size").asLong()).isEqualTo(pdf.length);
		assertThat(list.get(0).get("reminderDate").asText()).isEqualTo("2030-01-15");
		assertThat(list.get(0).get("note").asText()).isEqualTo("Renouveler avant la fin");
		assertThat(list.get(0).has("content")).isFalse();

		HttpResponse<byte[]> download = download("/api/clients/" + client + "/documents/" + id + "/content");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''contrat-%C3%A9t%C3%A9.pdf");

		assertThat(this.staff.send("DELETE", "/api/clients/" + client + "/documents/" + id, "").status())
			.isEqualTo(204);
		assertThat(this.staff.get("/api/clients/" + client + "/documents").json()).isEmpty();
		assertThat(download("/api/clients/" + client + "/documents/" + id + "/content").statusCode()).isEqualTo(404);
		JsonNode history = this.staff.get("/api/clients/" + client + "/history").json().get("items");
		assertThat(history.get(0).get("action").asText()).isEqualTo("DOCUMENT_DELETED");
		assertThat(history.get(0).get("details").asText()).contains("Contrat 2025");
		assertThat(history.get(1).get("action").asText()).isEqualTo("DOCUMENT_ADDED");
		assertThat(history.get(1).get("actor").asText()).isEqualTo(TestStaff.STAFF);
	}

	@Test
	void shouldRequireATitleAndAFile() throws Exception {
		String client = client(List.of());
		HttpResponse<String> response = new Multipart().field("title", " ")
			.file("file", "a.txt", "text/plain", new byte[0])
			.post(this.port, "/api/clients/" + client + "/documents", TestStaff.STAFF, TestStaff.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"title\"").contains("\"file\"");
		assertThat(this.documents.countByClientId(UUID.fromString(client))).isZero();
	}

	/**
	 * Found by BadInputTests in CI: Tomcat refuses to read such a name (it was a 500).
	 */
	@Test
	void shouldRefuseAFileWhoseNameHoldsANul() throws Exception {
		String client = client(List.of());
		HttpResponse<String> response = new Multipart().field("title", "Contract")
			.file("file", "a\u0000b.txt", "text/plain", new byte[] { 1 })
			.post(this.port, "/api/clients/" + client + "/documents", TestStaff.STAFF, TestStaff.PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(this.documents.countByClientId(UUID.fromString(client))).isZero();
	}

	/** Found by BadInputTests on PostgreSQL in CI: the parse failure was a 500. */
	@Test
	void shouldRefuseAMultipartBodyThatCannotBeParsedAsTheCallersError() throws Exception {
		String client = client(List.of());
		HttpResponse<String> response = new Multipart().field("title", "Contract")
			.file("file", "\r\nSet-Cookie: hacked=1", "text/plain", new byte[] { 1 })
			.post(this.port, "/api/clients/" + client + "/documents", TestStaff.STAFF, TestStaff.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("hacked"));
		assertThat(this.documents.countByClientId(UUID.fromString(client))).isZero();
	}

	@Test
	void shouldRefuseAFileOverTheLimitWithAClearMessageAndWriteNothing() throws Exception {
		String client = client(List.of());
		DataSize limit = this.adminDocuments.maxSize();
		byte[] tooBig = new byte[(int) limit.toBytes() + 1];
		HttpResponse<String> english = upload(client, "Big", "big.bin", "application/octet-stream", tooBig, null, null);
		assertThat(english.statusCode()).isEqualTo(413);
		assertThat(english.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(json(english.body()).get("detail").asText())
			.isEqualTo("The file is larger than the 10 MB allowed; nothing was saved.");

		HttpResponse<String> french = new Multipart().header("Accept-Language", "fr")
			.field("title", "Gros")
			.file("file", "gros.bin", "application/octet-stream", tooBig)
			.post(this.port, "/api/clients/" + client + "/documents", TestStaff.STAFF, TestStaff.PASSWORD);
		assertThat(french.statusCode()).isEqualTo(413);
		assertThat(json(french.body()).get("detail").asText())
			.isEqualTo("Le fichier dépasse les 10 MB autorisés ; rien n'a été enregistré.");
		assertThat(this.documents.countByClientId(UUID.fromString(client))).isZero();

		byte[] justRight = new byte[(int) limit.toBytes()];
		assertThat(upload(client, "At the limit", "ok.bin", "application/octet-stream", justRight, null, null)
			.statusCode()).isEqualTo(201);
	}

	@Test
	void shouldHideTheDocumentsOfAClientTheUserMayNotSee() throws Exception {
		String restricted = client(List.of(TestStaff.APPROVER));
		HttpResponse<String> approverUpload = new Multipart().field("title", "Assurance")
			.file("file", "assurance.pdf", "application/pdf", new byte[] { 1, 2, 3 })
			.post(this.port, "/api/clients/" + restricted + "/documents", TestStaff.APPROVER, TestStaff.PASSWORD);
		assertThat(approverUpload.statusCode()).isEqualTo(201);
		String id = json(approverUpload.body()).get("id").asText();

		assertThat(upload(restricted, "Nope", "n.txt", "text/plain", new byte[] { 1 }, null, null).statusCode())
			.isEqualTo(404);
		assertThat(this.staff.get("/api/clients/" + restricted + "/documents").status()).isEqualTo(404);
		assertThat(download("/api/clients/" + restricted + "/documents/" + id + "/content").statusCode())
			.isEqualTo(404);
		assertThat(this.staff.send("DELETE", "/api/clients/" + restricted + "/documents/" + id, "").status())
			.isEqualTo(404);
		assertThat(this.documents.countByClientId(UUID.fromString(restricted))).isEqualTo(1);
	}

	@Test
	void shouldLetAViewerListButNotUpload() throws Exception {
		String client = client(List.of());
		upload(client, "Contrat", "c.pdf", "application/pdf", new byte[] { 1 }, null, null);
		Http viewer = new Http(this.port).as(VIEWER, TestStaff.PASSWORD);
		assertThat(viewer.get("/api/clients/" + client + "/documents").json()).hasSize(1);
		HttpResponse<String> refused = new Multipart().field("title", "Mine")
			.file("file", "m.pdf", "application/pdf", new byte[] { 1 })
			.post(this.port, "/api/clients/" + client + "/documents", VIEWER, TestStaff.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.documents.countByClientId(UUID.fromString(client))).isEqualTo(1);
	}

	@Test
	void shouldRefuseToDeleteAClientThatStillHasDocuments() throws Exception {
		String client = client(List.of());
		upload(client, "Contrat", "c.pdf", "application/pdf", new byte[] { 1 }, null, null);
		Http.Response refused = this.staff.send("DELETE", "/api/clients/" + client, "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asText()).contains("1 admin document");
	}

	private String client(List<String> allowedUsers) {
		Http.Response response = this.staff.postJson("/api/clients",
				Map.of("name", "Documents " + UUID.randomUUID(), "allowedUsers", allowedUsers));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	private HttpResponse<String> upload(String client, String title, String fileName, String type, byte[] content,
			String reminderDate, String note) {
		Multipart form = new Multipart().field("title", title).file("file", fileName, type, content);
		if (reminderDate != null) {
			form.field("reminderDate", reminderDate);
		}
		if (note != null) {
			form.field("note", note);
		}
		return form.post(this.port, "/api/clients/" + client + "/documents", TestStaff.STAFF, TestStaff.PASSWORD);
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((TestStaff.STAFF + ":" + TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static JsonNode json(String body) throws Exception {
		return new ObjectMapper().readTree(body);
	}

}
