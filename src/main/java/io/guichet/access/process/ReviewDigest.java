package io.guichet.access.process;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.guichet.common.Dates;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;

/**
 * The morning digest: one e-mail to each approver (with an e-mail address) listing the
 * registrations waiting in {@code Task_ReviewRegistration} for more than 24 hours;
 * nothing when there are none. The digests are queued in the mail outbox under the run's
 * time: a run repeated for the same time queues none twice.
 */
@Service
public class ReviewDigest {

	static final Duration WAITING = Duration.ofHours(24);

	private final TaskService tasks;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final ZoneId zone;

	ReviewDigest(TaskService tasks, StaffDirectory staff, Notifications notifications, Dates dates) {
		this.tasks = tasks;
		this.staff = staff;
		this.notifications = notifications;
		this.zone = dates.zone();
	}

	private DateTimeFormatter format(Locale language) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(language)
			.withZone(this.zone);
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
		// each approver in the language they last signed in with, else the staff language
		Map<Locale, List<Waiting>> described = new HashMap<>();
		int sent = 0;
		for (StaffAddress approver : this.staff.addressesIn(StaffGroups.APPROVERS)) {
			Locale language = approver.languageOr(this.notifications.staffLanguage());
			List<Waiting> registrations = described.computeIfAbsent(language,
					(locale) -> waiting.stream().map((task) -> describe(task, format(locale))).toList());
			Map<String, Object> model = Map.of("registrations", registrations, "tasklist",
					this.notifications.link("/camunda/app/tasklist/default/"));
			if (this.notifications.queue("review-digest/" + approver.userId() + "/" + now,
					new Mail(approver.email(), language, "review-digest", model, registrations.size()))) {
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
				this.notifications.link("/camunda/app/tasklist/default/#/?task=" + task.getId()));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "—";
	}

	/** One line of the digest. */
	public record Waiting(String name, String email, String company, String since, String link) {
	}

}
