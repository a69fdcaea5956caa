package io.guichet.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.process.OnboardingProcess;
import io.guichet.access.process.ReviewDigest;
import io.guichet.notification.Notifications;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The morning digest of registrations waiting for review, run by hand. */
@GuichetTest
class ReviewDigestJobTests {

	static final String SUBJECT = "waiting for review for more than 24 hours";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ReviewDigest digest;

	@Autowired
	Clock clock;

	@Autowired
	Notifications outbox;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldSendNothingWhenNoRegistrationWaitedMoreThanADay() {
		Map<String, Integer> before = digestsPerApprover();
		String email = register();
		assertThat(reviewTask(email)).isNotNull();

		assertThat(this.digest.run(this.clock.instant())).isZero();
		this.outbox.deliverQueued();
		assertThat(digestsPerApprover()).isEqualTo(before);
		this.runtime.deleteProcessInstance(reviewTask(email).getProcessInstanceId(), "test over");
	}

	@Test
	void shouldSendOneDigestToEachApproverWithAnEmail() {
		Map<String, Integer> before = digestsPerApprover();
		Instant now = this.clock.instant();
		ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofHours(25))));
		String email = register();
		ClockUtil.reset();
		try {
			int sent = this.digest.run(now);
			assertThat(this.digest.run(now)).as("the same run again queues nothing").isZero();
			this.outbox.deliverQueued();

			assertThat(sent).isEqualTo(before.size()).isGreaterThanOrEqualTo(2);
			Map<String, Integer> after = digestsPerApprover();
			before.forEach((approver, count) -> assertThat(after.get(approver)).as(approver).isEqualTo(count + 1));
			MimeMessage mail = digests(TestStaff.APPROVER + "@staff.test")
				.get(after.get(TestStaff.APPROVER + "@staff.test") - 1);
			assertThat(TestMail.body(mail)).contains(email).contains("Digest Company");
		}
		finally {
			this.runtime.deleteProcessInstance(reviewTask(email).getProcessInstanceId(), "test over");
		}
	}

	@Test
	void shouldListATaskWhoseAccessIsGoneWithoutFailing() {
		Instant now = this.clock.instant();
		ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofHours(25))));
		String email = register();
		ClockUtil.reset();
		Task task = reviewTask(email);
		try {
			this.jdbc.update("delete from portal_access where email_key = ?", email);
			assertThat(this.digest.run(now)).isGreaterThanOrEqualTo(2);
			this.outbox.deliverQueued();
			Map<String, Integer> after = digestsPerApprover();
			MimeMessage mail = digests(TestStaff.APPROVER + "@staff.test")
				.get(after.get(TestStaff.APPROVER + "@staff.test") - 1);
			assertThat(TestMail.body(mail)).contains("?task=" + task.getId());
		}
		finally {
			this.runtime.deleteProcessInstance(task.getProcessInstanceId(), "test over");
		}
	}

	private String register() {
		String email = "digest-" + UUID.randomUUID() + "@example.com";
		Http.Response registered = new Http(this.port).postJson("/api/registrations",
				Map.of("firstName", "Nellie", "lastName", "Bly", "email", email, "mobile", "+33 6 00 00 00 00",
						"company", "Digest Company " + UUID.randomUUID(), "requestedRole", "REQUESTER"));
		assertThat(registered.status()).isEqualTo(202);
		return email;
	}

	private Task reviewTask(String email) {
		String accessId = this.jdbc.queryForObject("select id from portal_access where email_key = ?", String.class,
				email);
		return this.tasks.createTaskQuery()
			.taskDefinitionKey(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.processInstanceBusinessKey(accessId)
			.singleResult();
	}

	/** Digests received so far by each approver with an e-mail address. */
	private Map<String, Integer> digestsPerApprover() {
		Map<String, Integer> counts = new java.util.HashMap<>();
		for (User approver : this.identity.createUserQuery().memberOfGroup("approvers").list()) {
			if (approver.getEmail() != null && !approver.getEmail().isBlank()) {
				counts.put(approver.getEmail(), digests(approver.getEmail()).size());
			}
		}
		return counts;
	}

	private static List<MimeMessage> digests(String address) {
		return TestMail.to(address).stream().filter((mail) -> subject(mail).contains(SUBJECT)).toList();
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
