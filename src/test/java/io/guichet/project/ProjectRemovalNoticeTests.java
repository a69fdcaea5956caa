package io.guichet.project;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.notification.Notifications;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static io.guichet.project.ProjectApiTests.assertEntry;
import static io.guichet.project.ProjectFixture.member;
import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Telling a contact it was taken off a project (Zoho seed): in its language, after the
 * commit, never undoing the removal.
 */
@GuichetTest
class ProjectRemovalNoticeTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditLog audit;

	@Autowired
	@Qualifier("asyncExecutor")
	ThreadPoolTaskExecutor mailExecutor;

	@Autowired
	Notifications notifications;

	Http staff;

	ProjectFixture fixture;

	String projectName;

	String projectId;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.fixture = new ProjectFixture(this.staff);
		this.clientId = this.fixture.client("Notice client");
		this.projectName = "Removal " + UUID.randomUUID();
		this.projectId = this.fixture.create(project(this.projectName, this.clientId));
	}

	@AfterEach
	void smtpBack() {
		if (!TestMail.server().isRunning()) {
			TestMail.restart();
		}
	}

	@Test
	void shouldTellTheContactInItsLanguageThatItWasTakenOff() throws Exception {
		String french = email("fr");
		String english = email("en");
		String silent = email("silent");
		String frenchId = assigned(french, Map.of("language", "fr"));
		String englishId = assigned(english, Map.of("language", "en"));
		String silentId = assigned(silent, Map.of());

		unassign(silentId, "");
		unassign(frenchId, "?notify=true");
		unassign(englishId, "?notify=true");

		MimeMessage frenchMail = TestMail.awaitMails(french, 1).get(0);
		assertThat(subject(frenchMail)).isEqualTo("Vous n'êtes plus affecté au projet " + this.projectName);
		assertThat(TestMail.body(frenchMail)).contains("Bonjour Pat Français,", "« " + this.projectName + " »",
				"Adressez-vous à votre interlocuteur");
		assertThat(frenchMail.getHeader("Content-Language")[0]).isEqualTo("fr");
		MimeMessage englishMail = TestMail.awaitMails(english, 1).get(0);
		assertThat(subject(englishMail)).isEqualTo("You are no longer assigned to the project " + this.projectName);
		assertThat(TestMail.body(englishMail)).contains("Hello Pat English,", this.projectName);
		awaitIdleMailExecutor();
		assertThat(TestMail.to(silent)).isEmpty();

		assertThat(this.fixture.get(this.projectId).get("contacts")).isEmpty();
		assertThat(this.audit.history(AuditLog.CONTACT, UUID.fromString(frenchId))).anySatisfy((entry) -> {
			assertEntry(entry, "PROJECT_UNASSIGNED", this.projectId);
			assertThat(entry.details()).contains("contact notified");
		});
		assertThat(this.audit.history(AuditLog.CONTACT, UUID.fromString(silentId))).anySatisfy((entry) -> {
			assertEntry(entry, "PROJECT_UNASSIGNED", this.projectId);
			assertThat(entry.details()).doesNotContain("notified");
		});
	}

	@Test
	void shouldFallBackOnTheClientsLanguage() {
		String frenchClient = this.staff
			.postJson("/api/clients", Map.of("name", "Client français " + UUID.randomUUID(), "language", "fr"))
			.json()
			.get("id")
			.asText();
		String project = this.fixture.create(project("Langue " + UUID.randomUUID(), frenchClient));
		String email = email("client-language");
		String contact = this.fixture.contact(frenchClient, "Sans langue", Map.of("email", email));
		this.fixture.assign(project, Map.of("contactId", contact));
		Http.Response response = this.staff.send("DELETE",
				"/api/projects/" + project + "/contacts/" + contact + "?notify=true", "");
		assertThat(response.status()).as(response.body()).isEqualTo(204);
		assertThat(subject(TestMail.awaitMails(email, 1).get(0))).startsWith("Vous n'êtes plus affecté au projet");
	}

	@Test
	void shouldRemoveTheContactEvenWhenSmtpIsDownAndSendTheNoticeOnceItIsBack() {
		String email = email("outage");
		String contactId = assigned(email, Map.of("language", "en"));
		long sentBefore = this.mailExecutor.getThreadPoolExecutor().getCompletedTaskCount();

		TestMail.stop();
		unassign(contactId, "?notify=true");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mailExecutor.getThreadPoolExecutor().getCompletedTaskCount() > sentBefore);
		awaitIdleMailExecutor();
		TestMail.restart();

		assertThat(member(this.fixture.get(this.projectId), contactId)).isNull();
		assertThat(this.audit.history(AuditLog.CONTACT, UUID.fromString(contactId)))
			.anySatisfy((entry) -> assertEntry(entry, "PROJECT_UNASSIGNED", this.projectId));
		// and the contact can be assigned again
		this.fixture.assign(this.projectId, Map.of("contactId", contactId));
		// the notice waited in the outbox
		this.notifications.deliverQueued(java.time.Instant.now().plusSeconds(10));
		assertThat(TestMail.awaitMails(email, 1)).hasSize(1);
	}

	@Test
	void shouldSendNothingWhenTheRemovalFails() {
		String email = email("unassigned");
		String contactId = this.fixture.contact(this.clientId, "Never", Map.of("email", email));
		assertThat(this.staff
			.send("DELETE", "/api/projects/" + this.projectId + "/contacts/" + contactId + "?notify=true", "")
			.status()).isEqualTo(404);
		this.fixture.close(this.projectId);
		awaitIdleMailExecutor();
		assertThat(TestMail.to(email)).isEmpty();
	}

	private String assigned(String email, Map<String, Object> fields) {
		Map<String, Object> all = new java.util.HashMap<>(fields);
		all.put("email", email);
		String lastName = switch (String.valueOf(fields.get("language"))) {
			case "fr" -> "Français";
			case "en" -> "English";
			default -> "Silent";
		};
		String contactId = this.fixture.contact(this.clientId, lastName, all);
		this.fixture.assign(this.projectId, Map.of("contactId", contactId));
		return contactId;
	}

	private void unassign(String contactId, String query) {
		Http.Response response = this.staff.send("DELETE",
				"/api/projects/" + this.projectId + "/contacts/" + contactId + query, "");
		assertThat(response.status()).as(response.body()).isEqualTo(204);
	}

	private void awaitIdleMailExecutor() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mailExecutor.getActiveCount() == 0
					&& this.mailExecutor.getThreadPoolExecutor().getQueue().isEmpty());
	}

	private static String email(String what) {
		return "removed-" + what + "-" + UUID.randomUUID() + "@example.com";
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
