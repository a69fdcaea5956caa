package io.guichet.access.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.guichet.notification.MailOutbox;
import io.guichet.notification.Mailer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The morning digest: one e-mail to each approver (with an e-mail address) listing the
 * registrations waiting in {@code Task_ReviewRegistration} for more than 24 hours;
 * nothing when there are none. The digests are queued in the mail outbox under the run's
 * time: a run repeated for the same time queues none twice.
 */
@Service
public class ReviewDigest {

	/** The candidate group of Task_ReviewRegistration in ContactOnboarding.bpmn. */
	static final String APPROVERS = "approvers";

	static final Duration WAITING = Duration.ofHours(24);

	private final TaskService tasks;

	private final IdentityService identity;

	private final MailOutbox outbox;

	private final ZoneId zone;

	private final String baseUrl;

	private final Locale staffLocale;

	ReviewDigest(TaskService tasks, IdentityService identity, MailOutbox outbox, Clock clock,
			@Value("${guichet.base-url}") String baseUrl,
			@Value("${guichet.mail.staff-language}") String staffLanguage) {
		this.tasks = tasks;
		this.identity = identity;
		this.outbox = outbox;
		this.zone = clock.getZone();
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.staffLocale = Locale.forLanguageTag(staffLanguage);
	}

	/** Returns how many e-mails were queued. */
	public int run(Instant now) {
		List<Task> waiting = this.tasks.createTaskQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.taskDefinitionKey(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.taskCreatedBefore(Date.from(now.minus(WAITING)))
			.orderByTaskCreateTime()
			.asc()
			.list();
		if (waiting.isEmpty()) {
			return 0;
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(this.staffLocale)
			.withZone(this.zone);
		List<Waiting> registrations = waiting.stream().map((task) -> describe(task, format)).toList();
		Map<String, Object> model = Map.of("registrations", registrations, "tasklist",
				this.baseUrl + "/camunda/app/tasklist/default/");
		int sent = 0;
		for (User approver : this.identity.createUserQuery().memberOfGroup(APPROVERS).list()) {
			if (approver.getEmail() == null || approver.getEmail().isBlank()) {
				continue;
			}
			if (this.outbox.enqueue("review-digest/" + approver.getId() + "/" + now, new Mailer.Mail(
					approver.getEmail(), this.staffLocale, "review-digest", model, registrations.size()))) {
				sent++;
			}
		}
		return sent;
	}

	private Waiting describe(Task task, DateTimeFormatter format) {
		Map<String, Object> variables = this.tasks.getVariables(task.getId(),
				List.of("contactName", "email", "companyAsTyped"));
		return new Waiting(text(variables.get("contactName")), text(variables.get("email")),
				text(variables.get("companyAsTyped")), format.format(task.getCreateTime().toInstant()),
				this.baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "—";
	}

	/** One line of the digest. */
	public record Waiting(String name, String email, String company, String since, String link) {
	}

}
