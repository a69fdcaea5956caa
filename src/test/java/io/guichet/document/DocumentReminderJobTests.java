package io.guichet.document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.notification.Notifications;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The document-reminder job, run by hand as Quartz would run it. */
@GuichetTest
class DocumentReminderJobTests {

	static final String MANAGER_EMAIL = TestStaff.APPROVER + "@staff.test";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AdminDocuments documents;

	@Autowired
	DocumentReminders reminders;

	@Autowired
	Clock clock;

	@Autowired
	Notifications outbox;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
	}

	@Test
	void shouldSendOneEmailPerReminderEvenWhenTheJobRunsTwice() {
		String clientName = "Reminded " + UUID.randomUUID();
		UUID client = client(clientName);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		String due = "Insurance " + UUID.randomUUID();
		String later = "Contract " + UUID.randomUUID();
		upload(client, due, today, "Call the broker");
		upload(client, later, today.plusDays(3), null);

		assertThat(this.reminders.run(now)).isOne();
		assertThat(this.reminders.run(now)).isZero();
		assertThat(mailsAbout(due)).as("queued, not sent yet").isEmpty();
		this.outbox.deliverQueued();
		this.outbox.deliverQueued();

		List<MimeMessage> mails = mailsAbout(due);
		assertThat(mails).hasSize(1);
		assertThat(subject(mails.get(0))).isEqualTo("Reminder: " + due + " (" + clientName + ")");
		assertThat(TestMail.body(mails.get(0))).contains(clientName)
			.contains("insurance.pdf")
			.contains("Call the broker");
		assertThat(mailsAbout(later)).isEmpty();

		this.reminders.run(now.plus(Duration.ofDays(3)));
		this.reminders.run(now.plus(Duration.ofDays(4)));
		this.outbox.deliverQueued();
		assertThat(mailsAbout(later)).hasSize(1);
		assertThat(mailsAbout(due)).hasSize(1);
		assertThat(this.documents.list(client, Actor.SYSTEM)).allMatch((d) -> d.remindedAt() != null);
	}

	@Test
	void shouldDeliverAReminderOnceSmtpIsBack() throws MessagingException {
		UUID client = client("Outage " + UUID.randomUUID());
		Instant now = this.clock.instant();
		String due = "Lease " + UUID.randomUUID();
		upload(client, due, LocalDate.ofInstant(now, this.clock.getZone()), null);

		TestMail.stop();
		try {
			assertThat(this.reminders.run(now)).isOne();
			assertThat(this.outbox.deliverQueued()).isZero();
		}
		finally {
			TestMail.restart();
		}
		assertThat(this.reminders.run(now)).as("claimed already").isZero();
		// the suite's retry cycle waits one second between attempts
		this.outbox.deliverQueued(Instant.now().plusSeconds(2));
		this.outbox.deliverQueued(Instant.now().plusSeconds(4));

		List<MimeMessage> mails = mailsAbout(due);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getMessageID()).endsWith("@guichet.local>");
	}

	private UUID client(String name) {
		Http.Response created = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.postJson("/api/clients", Map.of("name", name, "accountManager", TestStaff.APPROVER));
		assertThat(created.status()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asText());
	}

	private void upload(UUID client, String title, LocalDate reminderDate, String note) {
		this.documents.upload(client,
				new NewDocument(title, "insurance.pdf", "application/pdf", new byte[] { 1, 2 }, reminderDate, note),
				Actor.admin(TestStaff.STAFF));
	}

	private static List<MimeMessage> mailsAbout(String title) {
		return TestMail.to(MANAGER_EMAIL).stream().filter((mail) -> subject(mail).contains(title)).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
