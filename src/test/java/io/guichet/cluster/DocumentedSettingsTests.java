package io.guichet.cluster;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code java -jar target/guichet.jar} on its embedded default (H2 file database,
 * in-process SMTP server) with every setting the README and SPEC document, each at a
 * value other than its default, {@code camunda.bpm.admin-user.*} included: Guichet
 * starts, and the first admin is the configured one. Run by
 * {@code ./mvnw verify -Pcluster} after the jar is packaged.
 */
@Tag("cluster")
class DocumentedSettingsTests {

	private static final String BOSS = "boss";

	private static final String BOSS_PASSWORD = "Boss-password-12345";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Process guichet;

	private static File log;

	private static int port;

	@BeforeAll
	static void start() throws Exception {
		port = ClusterNode.freePort();
		Path home = Files.createTempDirectory("guichet-settings");
		log = new File("target", "documented-settings.log").getAbsoluteFile();
		log.getParentFile().mkdirs();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						ClusterNode.JAR.toAbsolutePath().toString()));
		command.addAll(settings());
		guichet = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		awaitHealthy(Duration.ofMinutes(3));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (guichet != null) {
			guichet.destroy();
			if (!guichet.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				guichet.destroyForcibly();
			}
		}
	}

	/** Every documented setting, none at its default. */
	private static List<String> settings() throws IOException {
		return List.of("--server.port=" + port, "--camunda.bpm.admin-user.id=" + BOSS,
				"--camunda.bpm.admin-user.password=" + BOSS_PASSWORD, "--camunda.bpm.admin-user.firstName=Big",
				"--camunda.bpm.admin-user.lastName=Boss", "--camunda.bpm.admin-user.email=boss@example.com",
				"--guichet.base-url=http://127.0.0.1:" + port, "--guichet.http.max-json-body=512KB",
				"--guichet.invitation.reinvite-after=PT12H", "--guichet.invitation.max-reinvitations=2",
				"--guichet.access.inactivity-period=P60D", "--guichet.access.expiry-warning=P3D",
				"--guichet.access.reset-link-lifespan=PT30M", "--guichet.throttle.max-failures=20",
				"--guichet.throttle.window=PT5M", "--guichet.security.staff-credentials.ttl=PT10S",
				"--guichet.security.staff-credentials.max-size=50", "--guichet.security.staff-sign-in.max-failures=7",
				"--guichet.security.staff-sign-in.window=PT20M", "--guichet.throttle.registrations.per-address=20",
				"--guichet.throttle.registrations.window=PT2H", "--guichet.throttle.reset-requests.per-address=3",
				"--guichet.throttle.reset-requests.window=PT30M", "--guichet.portal.reset-cooldown=PT10M",
				"--guichet.mail.from=Guichet Test <guichet@example.com>",
				"--guichet.branding.company-name=Acme Services", "--guichet.branding.product-name=Espace Clients",
				"--guichet.branding.sender-name=Acme Services", "--guichet.time-zone=Europe/Paris",
				"--guichet.mail.retry-cycle=R3/PT2M", "--guichet.mail.outbox.poll-interval=PT3S",
				"--guichet.mail.outbox.batch-size=5", "--guichet.mail.outbox.lease=PT40S",
				"--guichet.mail.smtp.keep-open=PT0S", "--guichet.mail.smtp.messages-per-connection=10",
				"--guichet.mail.outbox.retention=P10D", "--guichet.imports.max-rows=5000",
				"--guichet.imports.workers=1", "--guichet.imports.writers=1", "--guichet.imports.stale-after=PT2M",
				"--guichet.imports.sweep-interval=PT20S", "--guichet.imports.retention=P10D",
				"--guichet.mail.staff-language=fr", "--guichet.review.notify=false",
				"--guichet.review.notify-every=PT20S", "--guichet.engine.history=full",
				"--guichet.dev-mail.smtp-port=" + ClusterNode.freePort(), "--guichet.documents.max-size=5MB",
				"--spring.servlet.multipart.max-file-size=5MB", "--spring.servlet.multipart.max-request-size=6MB",
				"--guichet.jobs.document-reminders=0 0 6 * * ?", "--guichet.jobs.review-digest=0 0 9 * * ?",
				"--guichet.jobs.token-purge=0 15 3 * * ?", "--guichet.jobs.token-retention=P3D",
				"--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime=02:00",
				"--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime=04:00",
				"--camunda.bpm.generic-properties.properties.hostname=settings-node",
				"--camunda.bpm.job-execution.core-pool-size=4", "--camunda.bpm.job-execution.max-pool-size=4",
				"--camunda.bpm.job-execution.queue-capacity=2",
				"--camunda.bpm.job-execution.max-jobs-per-acquisition=2",
				"--camunda.bpm.job-execution.wait-time-in-millis=2000", "--camunda.bpm.job-execution.max-wait=2000",
				"--camunda.bpm.job-execution.lock-time-in-millis=90000",
				"--spring.datasource.hikari.maximum-pool-size=15");
	}

	@Test
	void shouldStartWithTheConfiguredFirstAdmin() throws Exception {
		assertThat(get("/api/clients", BOSS, BOSS_PASSWORD).statusCode()).isEqualTo(200);
		HttpResponse<String> groups = get("/engine-rest/group?member=" + BOSS, BOSS, BOSS_PASSWORD);
		assertThat(groups.statusCode()).isEqualTo(200);
		assertThat(groups.body()).contains("\"camunda-admin\"");
		// the configured admin is the first admin: Guichet creates no second one
		assertThat(get("/engine-rest/user/admin/profile", BOSS, BOSS_PASSWORD).statusCode()).isEqualTo(404);
		assertThat(get("/api/clients", BOSS, BOSS_PASSWORD + "x").statusCode()).isEqualTo(401);
		// the embedded default's mail viewer, for admins
		assertThat(get("/dev/mail", BOSS, BOSS_PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldLogNoFailure() throws IOException {
		String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
		assertThat(output).doesNotContain("APPLICATION FAILED TO START").doesNotContain(" ERROR ");
	}

	private static HttpResponse<String> get(String path, String user, String password) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void awaitHealthy(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!guichet.isAlive()) {
				fail("Guichet exited with " + guichet.exitValue() + " at start, see " + log);
			}
			try {
				HttpResponse<String> health = HTTP
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		fail("Guichet not healthy after " + timeout.toSeconds() + " s, see " + log);
	}

}
