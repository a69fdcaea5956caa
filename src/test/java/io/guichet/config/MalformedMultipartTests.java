package io.guichet.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload whose multipart body cannot be read (a boundary that never comes, a body cut
 * short, no boundary at all, a file name holding a NUL) is the sender's mistake: a 400
 * (or the console's 403 when its CSRF field cannot be read), never a 500, and nothing
 * logged as an error.
 */
@GuichetTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedMultipartTests {

	private static final String BOUNDARY = "guichet-broken";

	/** Content type and body of each broken upload. */
	private static final List<Map.Entry<String, String>> BROKEN = List.of(Map.entry(
			"multipart/form-data; boundary=" + BOUNDARY,
			"--another-boundary\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--another-boundary--\r\n"),
			Map.entry("multipart/form-data; boundary=" + BOUNDARY,
					"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
							+ "Content-Type: text/csv\r\n\r\nclient,first_name"),
			Map.entry("multipart/form-data",
					"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx"),
			Map.entry("multipart/form-data; boundary=" + BOUNDARY,
					"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.txt\"\r\n"
							+ "Content-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n"));

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http api;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.clientId = this.api.postJson("/api/clients", Map.of("name", "Broken " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
	}

	@Test
	void shouldAnswerABrokenApiUploadWith400ProblemAndNoError(CapturedOutput output) {
		for (String path : List.of("/api/clients/" + this.clientId + "/documents", "/api/imports")) {
			for (Map.Entry<String, String> broken : BROKEN) {
				int before = output.length();
				Http.Response response = this.api.postRaw(path, broken.getKey(),
						broken.getValue().getBytes(StandardCharsets.UTF_8));
				assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
				assertThat(response.contentType()).startsWith("application/problem+json");
				assertThat(response.json().get("errors")).as(response.body()).isNotEmpty();
				assertNoError(output, before);
			}
		}
		Http.Response truncated = this.api.postRaw("/api/imports", BROKEN.get(1).getKey(),
				BROKEN.get(1).getValue().getBytes(StandardCharsets.UTF_8));
		assertThat(truncated.json().get("errors").get(0).get("message").asText())
			.isEqualTo("The upload cannot be read (the form data is malformed or cut short): send it again.");
		Http french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).language("fr");
		Http.Response inFrench = french.postRaw("/api/imports", BROKEN.get(1).getKey(),
				BROKEN.get(1).getValue().getBytes(StandardCharsets.UTF_8));
		assertThat(inFrench.json().get("errors").get(0).get("message").asText()).isEqualTo(
				"Le dépôt est illisible (données de formulaire mal formées ou tronquées) : envoyez-le à nouveau.");
		assertThat(this.api.get("/api/clients/" + this.clientId + "/documents").json()).as("nothing written").isEmpty();
	}

	@Test
	void shouldAnswerABrokenConsoleUploadWithAPageAndNoError(CapturedOutput output) {
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en")
			.http()
			.header("Accept", "text/html,application/xhtml+xml");
		for (String path : List.of("/console/clients/" + this.clientId + "/documents", "/console/imports")) {
			String csrf = browser.get(path).csrf();
			for (Map.Entry<String, String> broken : BROKEN) {
				int before = output.length();
				// the CSRF token first, as a browser sends it, then the broken rest
				String body = broken.getValue()
					.replaceFirst("^--([^\r]*)\r\n",
							"--$1\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--$1\r\n");
				Http.Response response = browser.postRaw(path, broken.getKey(), body.getBytes(StandardCharsets.UTF_8));
				assertThat(response.status()).as(path + " " + response.body()).isIn(400, 403);
				assertThat(response.contentType()).as(path + " " + response.status() + " " + response.body())
					.startsWith("text/html");
				assertThat(response.body()).contains("id=\"error-message\"").doesNotContain("Exception");
				assertNoError(output, before);
			}
		}
		// the token in its header passes CSRF: the page itself answers
		for (String path : List.of("/console/clients/" + this.clientId + "/documents", "/console/imports")) {
			browser.header("X-CSRF-TOKEN", browser.get(path).csrf());
			for (Map.Entry<String, String> broken : BROKEN) {
				int before = output.length();
				Http.Response response = browser.postRaw(path, broken.getKey(),
						broken.getValue().getBytes(StandardCharsets.UTF_8));
				assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
				assertThat(response.contentType()).startsWith("text/html");
				assertNoError(output, before);
			}
		}
		Http.Response truncated = browser.postRaw("/console/imports", BROKEN.get(1).getKey(),
				BROKEN.get(1).getValue().getBytes(StandardCharsets.UTF_8));
		assertThat(truncated.body()).contains("The request sent cannot be read: go back and try again.");
		assertThat(this.api.get("/api/clients/" + this.clientId + "/documents").json()).as("nothing written").isEmpty();
	}

	private static void assertNoError(CapturedOutput output, int before) {
		String logged = output.toString().substring(before);
		assertThat(logged).as(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

}
