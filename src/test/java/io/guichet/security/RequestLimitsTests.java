package io.guichet.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body over {@code guichet.http.max-json-body} (1 MB) is refused with a 413 before
 * it is read, declared length or not; the embedded default's mail viewer shows every
 * contact's links, to admins only; {@code /error} is no page of its own.
 */
@GuichetTest
class RequestLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
	}

	@Test
	void shouldRefuseAJsonBodyOverTheLimitWithItsLength() {
		String big = "{\"firstName\":\"" + "x".repeat(1_100_000) + "\"}";
		Http.Response anonymous = new Http(this.port).language("fr").postJson("/api/registrations", big);
		assertThat(anonymous.status()).isEqualTo(413);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.json().get("detail").asText()).contains("1 MB");
		Http.Response staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).postJson("/api/clients", big);
		assertThat(staff.status()).isEqualTo(413);
		Http.Response engine = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD)
			.postJson("/engine-rest/task", big);
		assertThat(engine.status()).isEqualTo(413);
	}

	@Test
	void shouldRefuseAChunkedJsonBodyOnceItPassesTheLimit() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/registrations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Endless()))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void shouldTakeABodyUnderTheLimit() {
		Http.Response small = new Http(this.port).postJson("/api/registrations",
				Map.of("firstName", "Ada", "lastName", "Small", "email", "small-" + System.nanoTime() + "@example.com",
						"mobile", "+33 6 00 00 00 00", "company", "Small", "requestedRole", "REQUESTER"));
		assertThat(small.status()).isEqualTo(202);
	}

	@Test
	void shouldShowTheMailViewerToAdminsOnlyAndOnlyOnTheEmbeddedDefault() {
		assertThat(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).get("/dev/mail").status())
			.isEqualTo(403);
		// the tests send to their own SMTP server (spring.mail.host): no viewer at all;
		// DocumentedSettingsTests opens it as an admin on the embedded default
		assertThat(new Http(this.port).as("admin", "Admin-password-1").get("/dev/mail").status()).isEqualTo(404);
	}

	@Test
	void shouldAnswer404ForTheErrorPathItself() {
		assertThat(new Http(this.port).get("/error").status()).isEqualTo(404);
		assertThat(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).get("/error").status()).isEqualTo(404);
	}

	/**
	 * A JSON string that never ends, sent in chunks: about 2 MB before the reader stops.
	 */
	private static final class Endless extends InputStream {

		private final byte[] start = "{\"firstName\":\"".getBytes(StandardCharsets.UTF_8);

		private long sent;

		@Override
		public int read() throws IOException {
			if (this.sent >= 2_000_000) {
				return -1;
			}
			int next = (this.sent < this.start.length) ? this.start[(int) this.sent] : 'x';
			this.sent++;
			return next;
		}

	}

}
