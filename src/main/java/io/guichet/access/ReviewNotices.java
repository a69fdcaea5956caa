package io.guichet.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mails that tell approvers of new review tasks ({@code guichet.review.notify}):
 * the client's account manager proposed for the task, else every approver with an e-mail,
 * in the language they last signed in with (else the staff language). A task's notice
 * waits in {@code review_notice}, written in the engine's transaction that creates the
 * task; every {@code guichet.review.notify-every} the notices waiting go out together,
 * one e-mail per approver: one registration with the link to its task, or the list of
 * them. A flood of registrations thus costs each approver one e-mail a round, and each
 * registration one row.
 */
@Service
public class ReviewNotices {

	/** Notices taken in one transaction. */
	static final int ROUND = 500;

	private final JdbcTemplate jdbc;

	private final ReviewTasks reviewTasks;

	private final OnboardingEngine engine;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final TransactionTemplate round;

	private final boolean notify;

	private final Clock clock = Clock.systemUTC();

	ReviewNotices(JdbcTemplate jdbc, ReviewTasks reviewTasks, OnboardingEngine engine, StaffDirectory staff,
			Notifications notifications, PlatformTransactionManager transactionManager,
			@Value("${guichet.review.notify:true}") boolean notify) {
		this.jdbc = jdbc;
		this.reviewTasks = reviewTasks;
		this.engine = engine;
		this.staff = staff;
		this.notifications = notifications;
		this.round = new TransactionTemplate(transactionManager);
		this.notify = notify;
	}

	/**
	 * Keeps the notice of a new review task, in the transaction that creates it, for the
	 * next round; false when notices are off.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean announce(UUID accessId, String taskId, String accountManager) {
		if (!this.notify) {
			return false;
		}
		this.jdbc.update(
				"insert into review_notice (task_id, access_id, account_manager, created_at) values (?, ?, ?, ?)",
				taskId, accessId, accountManager, Timestamp.from(this.clock.instant()));
		return true;
	}

	/**
	 * Sends the notices waiting, in rounds of {@value #ROUND} taken and queued in one
	 * transaction each; a task done or gone meanwhile is left out. Returns how many
	 * e-mails were queued (each delivered as its round commits).
	 */
	public int sendWaiting() {
		int queued = 0;
		int[] taken = { 0 };
		do {
			Integer sent = this.round.execute((status) -> {
				List<Waiting> waiting = take();
				taken[0] = waiting.size();
				return tell(waiting);
			});
			queued += (sent != null) ? sent : 0;
		}
		while (taken[0] == ROUND);
		return queued;
	}

	private List<Waiting> take() {
		List<Waiting> waiting = this.jdbc.query(
				"select task_id, access_id, account_manager from review_notice order by created_at, task_id"
						+ " limit ? for update skip locked",
				(row, n) -> new Waiting(row.getString(1), row.getObject(2, UUID.class), row.getString(3)), ROUND);
		this.jdbc.batchUpdate("delete from review_notice where task_id = ?",
				waiting.stream().map((notice) -> new Object[] { notice.taskId() }).toList());
		return waiting;
	}

	/** Queues the e-mails of these notices, one per approver; returns how many. */
	int tell(List<Waiting> waiting) {
		if (waiting.isEmpty()) {
			return 0;
		}
		Set<String> open = this.engine.openReviewTasks(waiting.stream().map(Waiting::taskId).toList());
		Map<UUID, ReviewTasks.Registration> registrations = this.reviewTasks
			.registrations(waiting.stream().map(Waiting::accessId).toList());
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		List<StaffAddress> approvers = null;
		for (Waiting notice : waiting) {
			Optional<ReviewTasks.Registration> registration = Optional.ofNullable(registrations.get(notice.accessId()));
			if (!open.contains(notice.taskId()) || registration.isEmpty()) {
				// done meanwhile, or its access deleted
				continue;
			}
			Optional<StaffAddress> manager = Optional.ofNullable(notice.accountManager())
				.flatMap(this.staff::addressOf);
			if (manager.isEmpty() && approvers == null) {
				approvers = this.staff.addressesIn(StaffGroups.APPROVERS);
			}
			for (StaffAddress to : manager.map(List::of).orElse(approvers)) {
				recipients.computeIfAbsent(to.userId(), (id) -> new Recipient(to, new ArrayList<>()))
					.tasks()
					.add(line(notice.taskId(), registration.get()));
			}
		}
		int queued = 0;
		for (Recipient recipient : recipients.values()) {
			if (this.notifications.send(recipient.key(), mail(recipient))) {
				queued++;
			}
		}
		return queued;
	}

	private Mail mail(Recipient recipient) {
		StaffAddress to = recipient.address();
		Locale language = to.languageOr(this.notifications.staffLanguage());
		List<Map<String, Object>> tasks = recipient.tasks();
		if (tasks.size() == 1) {
			return new Mail(to.email(), language, "review-task", tasks.get(0), tasks.get(0).get("name"));
		}
		return new Mail(to.email(), language, "review-tasks",
				Map.of("registrations", tasks, "tasklist", this.notifications.link("/camunda/app/tasklist/default/")),
				tasks.size());
	}

	private Map<String, Object> line(String taskId, ReviewTasks.Registration registration) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("name", registration.name());
		line.put("email", registration.email());
		line.put("company", (registration.company() != null) ? registration.company() : "—");
		line.put("link", this.notifications.link("/camunda/app/tasklist/default/#/?task=" + taskId));
		line.put("taskId", taskId);
		return line;
	}

	/** A task's notice waiting for the next round. */
	record Waiting(String taskId, UUID accessId, String accountManager) {
	}

	/** An approver and the new tasks they are told of. */
	private record Recipient(StaffAddress address, List<Map<String, Object>> tasks) {

		/**
		 * The e-mail's name in the outbox: each notice is taken once, so the first task
		 * and the person name it once.
		 */
		String key() {
			return ((this.tasks.size() == 1) ? "review-task/" : "review-tasks/") + this.tasks.get(0).get("taskId") + "/"
					+ this.address.userId();
		}

	}

}
