package io.guichet.cluster;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.Http;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The clients of the crash test, each in its own thread until {@link #stop()}: contacts
 * registering themselves, an approver completing review tasks over engine REST as
 * Tasklist does, contacts following the link of their invitation e-mail. Every request is
 * recorded with whether it was accepted (202, 204, the success page); a request that got
 * no answer (the node died under it) is not accepted. The node may die at any moment: the
 * clients carry on against the same port.
 */
final class CrashLoad {

	static final String INVITATION_SUBJECT = "Your access to the customer portal of ";

	static final String REJECTION_SUBJECT = "Your request for access to the customer portal";

	private static final Pattern ACTIVATION_LINK = Pattern.compile("/activate\\?token=([A-Za-z0-9_-]+)");

	private static final Pattern INDEX = Pattern.compile("^r(\\d+)\\.");

	/** Every fifth review is a rejection, so that both ways out are under load. */
	private static final int REJECT_EVERY = 5;

	/** Every fourth invitation is left unanswered: those accesses stay INVITED. */
	private static final int LEAVE_INVITED_EVERY = 4;

	private final int port;

	private final String runId;

	private final String clientName;

	private final String clientId;

	private final SmtpServer smtp;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final List<Future<?>> running = new ArrayList<>();

	private volatile boolean stopped;

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicInteger reviews = new AtomicInteger();

	/** Registrations by e-mail. */
	final Map<String, Outcome> registrations = new ConcurrentHashMap<>();

	/** Review task completions by task id. */
	final Map<String, Approval> approvals = new ConcurrentHashMap<>();

	/** Activations by e-mail (the last attempt, or the one accepted). */
	final Map<String, Outcome> activations = new ConcurrentHashMap<>();

	/** Invitation e-mails (Message-ID) done with: activated, left alone, or given up. */
	private final Set<String> invitationsHandled = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> activationAttempts = new ConcurrentHashMap<>();

	/** Requests per kind, and how many got no answer. */
	final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

	CrashLoad(int port, String runId, String clientName, String clientId, SmtpServer smtp) {
		this.port = port;
		this.runId = runId;
		this.clientName = clientName;
		this.clientId = clientId;
		this.smtp = smtp;
	}

	void start(String approver, String approverPassword) {
		this.running.add(this.threads.submit(this::register));
		this.running.add(this.threads.submit(this::register));
		this.running.add(this.threads.submit(() -> review(approver, approverPassword)));
		this.running.add(this.threads.submit(this::activateInvitations));
		this.threads.shutdown();
	}

	/** Stops the clients once their current request is answered. */
	void stop() throws Exception {
		this.stopped = true;
		if (!this.threads.awaitTermination(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the clients did not stop");
		}
		for (Future<?> done : this.running) {
			done.get();
		}
	}

	String email(int index) {
		return "r" + index + "." + this.runId + "@example.com";
	}

	static int index(String email) {
		Matcher matcher = INDEX.matcher(email);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	long sent(String kind) {
		AtomicLong count = this.sent.get(kind);
		return (count != null) ? count.get() : 0;
	}

	private void register() {
		Http anyone = new Http(this.port);
		while (!this.stopped) {
			int index = this.sequence.getAndIncrement();
			String email = email(index);
			Outcome outcome = call("registration", () -> {
				Http.Response answer = anyone.postJson("/api/registrations",
						Map.of("firstName", "Crash", "lastName", "Test" + index, "email", email, "mobile",
								"+33 6 12 34 56 78", "company", this.clientName, "requestedRole", "REQUESTER",
								"language", "en"));
				return (answer.status() == 202) ? Outcome.ACCEPTED : Outcome.refused(answer.status());
			});
			if (!outcome.equals(Outcome.DOWN)) {
				this.registrations.put(email, outcome);
			}
			pause(outcome.answered() ? 20 : 500);
		}
	}

	private void review(String user, String password) {
		Http approver = new Http(this.port).as(user, password);
		while (!this.stopped) {
			JsonNode tasks = null;
			try {
				Http.Response answer = approver
					.get("/engine-rest/task?processDefinitionKey=ContactOnboarding&taskDefinitionKey="
							+ "Task_ReviewRegistration&sortBy=created&sortOrder=asc&maxResults=5");
				tasks = (answer.status() == 200) ? answer.json() : null;
			}
			catch (IllegalStateException ex) {
				// the node is down
			}
			if (tasks == null || tasks.isEmpty()) {
				pause(200);
				continue;
			}
			for (JsonNode task : tasks) {
				if (this.stopped) {
					return;
				}
				boolean reject = this.reviews.incrementAndGet() % REJECT_EVERY == 0;
				String decision = reject ? "REJECT" : "APPROVE";
				Map<String, Object> variables = reject
						? Map.of("decision", value(decision), "role", value("REQUESTER"), "clientId",
								value(this.clientId), "rejectionReason", value("Not a customer of ours"))
						: Map.of("decision", value(decision), "role", value("REQUESTER"), "clientId",
								value(this.clientId));
				String taskId = task.get("id").asText();
				Outcome outcome = call("approval", () -> {
					Http.Response answer = approver.postJson("/engine-rest/task/" + taskId + "/complete",
							Map.of("variables", variables));
					return (answer.status() == 204) ? Outcome.ACCEPTED : Outcome.refused(answer.status());
				});
				if (outcome.equals(Outcome.DOWN)) {
					break;
				}
				this.approvals.put(taskId, new Approval(task.get("processInstanceId").asText(), decision, outcome));
			}
		}
	}

	private void activateInvitations() {
		while (!this.stopped) {
			for (MimeMessage message : this.smtp.received()) {
				if (this.stopped) {
					return;
				}
				if (!activate(message)) {
					// the node is down: wait for it rather than give up the links
					break;
				}
			}
			pause(200);
		}
	}

	/** Follows the link of an invitation e-mail; false when the node did not answer. */
	private boolean activate(MimeMessage message) {
		String messageId;
		String to;
		String body;
		try {
			messageId = message.getMessageID();
			if (this.invitationsHandled.contains(messageId) || message.getSubject() == null
					|| !message.getSubject().startsWith(INVITATION_SUBJECT)) {
				return true;
			}
			to = message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase();
			body = String.valueOf(message.getContent());
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		if (index(to) % LEAVE_INVITED_EVERY == LEAVE_INVITED_EVERY - 1) {
			this.invitationsHandled.add(messageId);
			return true;
		}
		String token = token(body);
		String password = "Crash-password-" + index(to);
		Outcome outcome = call("activation", () -> {
			// a browser of its own: the form's CSRF token belongs to its session
			Http browser = new Http(this.port);
			Http.Response page = browser.get("/activate?token=" + token);
			if (page.status() != 200 || !page.body().contains("name=\"_csrf\"")) {
				return Outcome.refused(page.status());
			}
			Http.Response done = browser.postForm("/activate", Map.of("token", token, "_csrf", page.csrf(), "password",
					password, "passwordConfirmation", password));
			return (done.status() == 200 && done.body().contains("activation-done")) ? Outcome.ACCEPTED
					: Outcome.refused(done.status());
		});
		if (outcome.equals(Outcome.DOWN)) {
			return false;
		}
		if (!Outcome.ACCEPTED.equals(this.activations.get(to))) {
			this.activations.put(to, outcome);
		}
		// a link whose node died under it is tried again, as its contact would
		int attempts = this.activationAttempts.computeIfAbsent(messageId, (id) -> new AtomicInteger())
			.incrementAndGet();
		if (outcome.answered() || attempts >= 5) {
			this.invitationsHandled.add(messageId);
		}
		return true;
	}

	/** The token of the activation link of an invitation e-mail's body. */
	static String token(String body) {
		Matcher link = ACTIVATION_LINK.matcher(body);
		if (!link.find()) {
			throw new AssertionError("No activation link in: " + body);
		}
		return link.group(1);
	}

	/**
	 * One request: its outcome, no answer when the node died under it, or down when the
	 * node was not listening (then the request was never sent, and is not counted).
	 */
	private Outcome call(String kind, Supplier<Outcome> request) {
		try {
			Outcome outcome = request.get();
			count(kind);
			return outcome;
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof ConnectException) {
				count(kind + " refused (node down)");
				return Outcome.DOWN;
			}
			count(kind);
			count(kind + " without answer");
			return Outcome.NO_ANSWER;
		}
	}

	private void count(String kind) {
		this.sent.computeIfAbsent(kind, (k) -> new AtomicLong()).incrementAndGet();
	}

	private static Map<String, Object> value(String value) {
		return Map.of("value", value);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** What a request got: accepted, another answer (its status), or no answer. */
	record Outcome(int status, boolean accepted) {

		static final Outcome ACCEPTED = new Outcome(200, true);

		static final Outcome NO_ANSWER = new Outcome(0, false);

		static final Outcome DOWN = new Outcome(-1, false);

		static Outcome refused(int status) {
			return new Outcome(status, false);
		}

		boolean answered() {
			return this.status > 0;
		}

	}

	/** A review task completed (or tried) with this decision. */
	record Approval(String processInstanceId, String decision, Outcome outcome) {
	}

}
