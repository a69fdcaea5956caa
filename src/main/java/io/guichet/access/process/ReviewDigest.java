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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.guichet.access.ReviewTasks;
import io.guichet.common.Dates;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

	private final RuntimeService runtime;

	private final ReviewTasks reviewTasks;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final ZoneId zone;

	ReviewDigest(TaskService tasks, RuntimeService runtime, ReviewTasks reviewTasks, StaffDirectory staff,
			Notifications notifications, Dates dates) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.reviewTasks = reviewTasks;
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
		Map<String, String> accessIds = accessIds(waiting);
		Map<UUID, ReviewTasks.Registration> byAccess = this.reviewTasks
			.registrations(accessIds.values().stream().map(UUID::fromString).toList());
		// each approver in the language they last signed in with, else the staff language
		Map<Locale, List<Waiting>> described = new HashMap<>();
		int sent = 0;
		for (StaffAddress approver : this.staff.addressesIn(StaffGroups.APPROVERS)) {
			Locale language = approver.languageOr(this.notifications.staffLanguage());
			List<Waiting> registrations = described.computeIfAbsent(language,
					(locale) -> waiting.stream()
						.map((task) -> describe(task,
								registration(byAccess, accessIds.get(task.getProcessInstanceId())), format(locale)))
						.toList());
			Map<String, Object> model = Map.of("registrations", registrations, "tasklist",
					this.notifications.link("/camunda/app/tasklist/default/"));
			if (this.notifications.queue("review-digest/" + approver.userId() + "/" + now,
					new Mail(approver.email(), language, "review-digest", model, registrations.size()))) {
				sent++;
			}
		}
		return sent;
	}

	/** The access of each task's instance (its business key), read at once. */
	private Map<String, String> accessIds(List<Task> tasks) {
		Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		return this.runtime.createProcessInstanceQuery()
			.processInstanceIds(instances)
			.list()
			.stream()
			.filter((instance) -> instance.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	/** A task whose access is gone meanwhile is listed all the same, without a name. */
	private static ReviewTasks.Registration registration(Map<UUID, ReviewTasks.Registration> registrations,
			String accessId) {
		ReviewTasks.Registration found = (accessId != null) ? registrations.get(UUID.fromString(accessId)) : null;
		return (found != null) ? found : new ReviewTasks.Registration("—", "—", null);
	}

	private Waiting describe(Task task, ReviewTasks.Registration registration, DateTimeFormatter format) {
		return new Waiting(registration.name(), registration.email(),
				(registration.company() != null) ? registration.company() : "—",
				format.format(task.getCreateTime().toInstant()),
				this.notifications.link("/camunda/app/tasklist/default/#/?task=" + task.getId()));
	}

	/** One line of the digest. */
	public record Waiting(String name, String email, String company, String since, String link) {
	}

}
