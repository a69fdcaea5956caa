package io.guichet.cluster;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.guichet.cluster.Mails.Received;
import io.guichet.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two Guichet instances ({@code target/guichet.jar}, separate JVMs, shipped job-executor
 * and outbox settings) on one fresh PostgreSQL database and one GreenMail SMTP server.
 * Run by {@code ./mvnw verify -Pcluster} after the jar is packaged; fails (never skips)
 * when PostgreSQL or the jar is missing. The database is {@code guichet_cluster}, or the
 * system property {@code guichet.cluster.database} / variable
 * {@code GUICHET_CLUSTER_DATABASE}.
 *
 * <p>
 * The contacts are created through both nodes in turn, as behind a load balancer; the
 * documents through node A, which stays up. Camunda's job executors share the invitation
 * jobs and re-invitation timers, Quartz runs the document reminders on one node and the
 * outbox dispatchers of both deliver them. Who did what is read from the database:
 * {@code mail_outbox.sent_by} for every e-mail, {@code act_hi_job_log.hostname_} for the
 * timers, {@code act_ru_job.lock_owner_} and {@code mail_outbox.claimed_by} for what a
 * node holds. Node B is killed (SIGKILL) while it holds work in the middle of the
 * re-invitation and reminder wave; node A must finish everything within two minutes, each
 * e-mail arriving exactly once (by recipient and subject, and by Message-ID).
 */
@Tag("cluster")
class TwoNodeClusterTests {

	private static final ClusterDatabase DATABASE = ClusterDatabase.fromSettings("guichet.cluster.database",
			"GUICHET_CLUSTER_DATABASE", "guichet_cluster");

	private static final int CONTACTS = Integer.getInteger("guichet.cluster.contacts", 200);

	private static final int DOCUMENTS = Integer.getInteger("guichet.cluster.documents", 150);

	private static final Duration REINVITE_AFTER = Duration.ofSeconds(40);

	private static final String NODE_A = ClusterNode.hostname("a");

	private static final String NODE_B = ClusterNode.hostname("b");

	/**
	 * The staff user who invites the contacts (their sponsor): without an e-mail address,
	 * so that the expiry of the invitations, which follows the wave, sends nothing.
	 */
	private static final String STAFF = "cluster-staff";

	private static final String STAFF_PASSWORD = "Staff-password-1";

	private static final String ACCOUNT_MANAGER = "approver@guichet.local";

	private static GreenMail smtp;

	private static ClusterNode nodeA;

	private static ClusterNode nodeB;

	@BeforeAll
	static void startCluster() throws Exception {
		if (!Files.isRegularFile(ClusterNode.JAR)) {
			fail(ClusterNode.JAR.toAbsolutePath()
					+ " is missing: run the cluster profile after package (./mvnw verify -Pcluster)");
		}
		DATABASE.recreate();
		int smtpPort = ClusterNode.freePort();
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		List<String> settings = List.of("--spring.mail.properties.mail.smtp.connectiontimeout=2000",
				"--spring.mail.properties.mail.smtp.timeout=5000",
				"--guichet.invitation.reinvite-after=PT" + REINVITE_AFTER.toSeconds() + "S",
				// invitation, one re-invitation, then the sponsor is told
				"--guichet.invitation.max-reinvitations=1",
				// documents due today are reminded within five seconds
				"--guichet.jobs.document-reminders=0/5 * * * * ?",
				// the job log's successes name the node that ran each re-invitation timer
				// (the shipped "lean" history keeps only its failures)
				"--guichet.engine.history=full");
		// one node first: Flyway and the Camunda schema are created once, then the second
		// node joins
		nodeA = ClusterNode.start("a", DATABASE.url(), DATABASE.user(), DATABASE.password(), smtpPort, settings);
		nodeA.awaitReady(Duration.ofSeconds(150));
		nodeB = ClusterNode.start("b", DATABASE.url(), DATABASE.user(), DATABASE.password(), smtpPort, settings);
		nodeB.awaitReady(Duration.ofSeconds(150));
	}

	@AfterAll
	static void stopCluster() throws Exception {
		DATABASE.close();
		for (ClusterNode node : new ClusterNode[] { nodeA, nodeB }) {
			if (node != null) {
				node.kill();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void shouldShareTheWorkSendEveryMailOnceAndSurviveTheLossOfANode() throws Exception {
		long start = System.nanoTime();
		String runId = Long.toString(System.currentTimeMillis(), 36);
		String clientName = "Cluster " + runId;
		nodeA.post("/engine-rest/user/create",
				Map.of("profile", Map.of("id", STAFF, "firstName", "Cluster", "lastName", "Staff"), "credentials",
						Map.of("password", STAFF_PASSWORD)));
		nodeA.send("PUT", "/engine-rest/group/guichet-staff/members/" + STAFF, Map.of(), "admin",
				ClusterNode.ADMIN_PASSWORD);
		String clientId = nodeA
			.post("/api/clients", Map.of("name", clientName, "language", "en", "accountManager", "approver"))
			.get("id")
			.asText();
		Mails expected = new Mails();
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < CONTACTS; i++) {
			contacts.add(email(i, runId));
			// the invitation and the one re-invitation carry the same subject
			expected.expect(email(i, runId), "Your access to the customer portal of " + clientName, 2);
		}
		for (int i = 0; i < DOCUMENTS; i++) {
			expected.expect(ACCOUNT_MANAGER, "Reminder: " + title(i, runId) + " (" + clientName + ")", 1);
		}

		// documents whose reminders fall due in the re-invitation wave: uploaded through
		// node
		// A (which stays up) from five seconds before it begins; the reminder job runs
		// every
		// five seconds
		AtomicLong firstCreated = new AtomicLong();
		ExecutorService background = Executors.newSingleThreadExecutor();
		Future<Long> uploads = background.submit(() -> {
			while (firstCreated.get() == 0) {
				Thread.sleep(20);
			}
			sleepUntil(firstCreated.get() + REINVITE_AFTER.minusSeconds(5).toNanos());
			long began = System.nanoTime();
			LocalDate today = LocalDate.now();
			runConcurrently(DOCUMENTS, (i) -> {
				HttpResponse<String> uploaded = new Multipart().field("title", title(i, runId))
					.field("reminderDate", today.toString())
					.file("file", "contract-" + i + ".pdf", "application/pdf", new byte[] { 37, 80, 68, 70 })
					.post(nodeA.port(), "/api/clients/" + clientId + "/documents", STAFF, STAFF_PASSWORD);
				assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
			});
			return millisSince(began);
		});
		background.shutdown();

		// the contacts, invited, through both nodes in turn
		runConcurrently(CONTACTS, (i) -> {
			Map<String, Object> contact = new HashMap<>();
			contact.put("clientId", clientId);
			contact.put("firstName", "Contact" + i);
			contact.put("lastName", "Cluster");
			contact.put("email", email(i, runId));
			contact.put("phone", "+33 1 44 44 44 44");
			contact.put("role", "REQUESTER");
			contact.put("language", "en");
			contact.put("invite", true);
			node(i).send("POST", "/api/contacts", contact, STAFF, STAFF_PASSWORD);
			firstCreated.compareAndSet(0, System.nanoTime());
		});
		log("%d contacts created through nodes A and B in %d ms", CONTACTS, millisSince(start));

		// invitation wave: every contact gets one invitation, and only one
		awaitInvitations(contacts, Duration.ofSeconds(90));
		log("invitation wave done after %d ms: %s; e-mails sent per node %s", millisSince(start), progress(contacts),
				DATABASE.sentPerNode());
		assertThat(Received.of(smtp).duplicatesByMessageId()).as("e-mails received twice").isZero();

		// node B dies holding work, once a third of the re-invitations and a quarter of
		// the reminders are out, node B having sent re-invitations and fired
		// re-invitation
		// timers (its e-mail jobs may follow timers node A fired); which node delivers
		// the queued reminders is the dispatchers' race (node A, less busy, sometimes
		// takes them all), so it is not waited for
		long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (reinvitations(contacts) < CONTACTS / 3 || Received.of(smtp).countTo(ACCOUNT_MANAGER) < DOCUMENTS / 4
				|| DATABASE.sent(NODE_B, "re-invitation") == 0
				|| DATABASE.jobLogPerHost("Timer_ReinviteAfter").getOrDefault(NODE_B, 0L) == 0
				|| DATABASE.inFlight(NODE_B).values().stream().allMatch((held) -> held == 0)) {
			if (System.nanoTime() > deadline) {
				fail("the wave did not get under way on both nodes: " + progress(contacts) + "; sent per node "
						+ DATABASE.sentPerNode() + "; node B holds " + DATABASE.inFlight(NODE_B));
			}
			Thread.sleep(50);
		}
		Map<String, Map<String, Long>> mailsBeforeKill = DATABASE.sentPerNode();
		Map<String, Long> timersBeforeKill = DATABASE.jobLogPerHost("Timer_ReinviteAfter");
		String progressAtKill = progress(contacts);
		nodeB.kill();
		long killedAt = System.nanoTime();
		Instant killedAtInDatabase = DATABASE.now();
		Map<String, Long> inFlight = DATABASE.inFlight(NODE_B);
		log("node B killed (SIGKILL) with %s; node B held %s", progressAtKill, inFlight);
		log("before the kill: e-mails sent per node %s; re-invitation timers fired per node %s", mailsBeforeKill,
				timersBeforeKill);

		// node A finishes the wave: every e-mail out, no claim left, no job of node B nor
		// timer due at the kill left
		Duration limit = Duration.ofMinutes(2);
		while (!uploads.isDone() || !expected.allIn(Received.of(smtp)) || DATABASE.unfinished() > 0
				|| DATABASE.jobsLeft(NODE_B, killedAtInDatabase) > 0) {
			if (System.nanoTime() - killedAt > limit.toNanos()) {
				fail("node A did not finish within " + limit + " of the kill: " + progress(contacts) + ", "
						+ expected.missing(Received.of(smtp)).size() + " e-mails missing, " + DATABASE.unfinished()
						+ " outbox rows unfinished, " + DATABASE.jobsLeft(NODE_B, killedAtInDatabase)
						+ " jobs of node B or due at the kill left");
			}
			Thread.sleep(250);
		}
		Duration finished = Duration.ofNanos(System.nanoTime() - killedAt);
		log("%d documents due today uploaded through node A in %d ms, from just before the re-invitation wave",
				DOCUMENTS, uploads.get());

		Received received = Received.of(smtp);
		Map<String, Double> mailShares = shares(total(mailsBeforeKill));
		Map<String, Double> timerShares = shares(timersBeforeKill);
		log("RESULT e-mails expected=%d received=%d duplicates=%d (same Message-ID: %d) lost=%d unexpected=%d",
				expected.total(), received.total(), expected.duplicates(received), received.duplicatesByMessageId(),
				expected.missing(received).size(), expected.unexpected(received).size());
		log("RESULT before the kill: e-mails per node %s (shares %s); re-invitation timers per node %s (shares %s)",
				mailsBeforeKill, mailShares, timersBeforeKill, timerShares);
		log("RESULT in all: e-mails per node %s; re-invitation timers per node %s", DATABASE.sentPerNode(),
				DATABASE.jobLogPerHost("Timer_ReinviteAfter"));
		log("RESULT node A finished %d s after the kill (node B held %s); whole test %d s", finished.toSeconds(),
				inFlight, Duration.ofNanos(System.nanoTime() - start).toSeconds());
		// ProcessMails logs each e-mail it finds sent by an earlier run of its job
		log("RESULT e-mails node B sent whose jobs node A ran again, not sent twice: %d",
				nodeA.logLines("sent by " + NODE_B));

		assertThat(finished).isLessThan(limit);
		assertThat(expected.missing(received)).as("e-mails lost").isEmpty();
		assertThat(expected.duplicates(received)).as("e-mails received twice (same recipient and subject)").isZero();
		assertThat(received.duplicatesByMessageId()).as("e-mails received twice (same Message-ID)").isZero();
		assertThat(expected.unexpected(received)).as("e-mails nobody expected").isEmpty();
		assertThat(DATABASE.sentRows()).as("outbox rows sent").isEqualTo(expected.total());
		// Both nodes did part of the work: each sent e-mails and fired re-invitation
		// timers before the kill. How the timers split is up to the two job executors'
		// timing (one CI run saw 23 % / 77 %); the shares are logged above, not held to
		// a ratio.
		assertThat(total(mailsBeforeKill)).as("e-mails sent before the kill, per node")
			.containsOnlyKeys(NODE_A, NODE_B);
		assertThat(total(mailsBeforeKill).values()).as("e-mails sent before the kill, per node " + mailsBeforeKill)
			.allMatch((count) -> count > 0);
		assertThat(timerShares).as("re-invitation timers fired before the kill, per node " + timersBeforeKill)
			.containsOnlyKeys(NODE_A, NODE_B);
		assertThat(timersBeforeKill.values()).as("re-invitation timers fired before the kill, per node")
			.allMatch((count) -> count > 0);
	}

	private static ClusterNode node(int i) {
		return (i % 2 == 0) ? nodeA : nodeB;
	}

	private static String email(int i, String runId) {
		return "c" + i + "." + runId + "@example.com";
	}

	private static String title(int i, String runId) {
		return "Contract " + i + " " + runId;
	}

	private static void awaitInvitations(List<String> contacts, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (invitations(contacts) < contacts.size()) {
			if (System.nanoTime() > deadline) {
				fail("not every contact has its invitation after " + timeout.toSeconds() + " s: " + progress(contacts));
			}
			Thread.sleep(250);
		}
	}

	private static int invitations(List<String> contacts) {
		Received received = Received.of(smtp);
		return (int) contacts.stream().filter((to) -> received.countTo(to) >= 1).count();
	}

	private static int reinvitations(List<String> contacts) {
		Received received = Received.of(smtp);
		return (int) contacts.stream().filter((to) -> received.countTo(to) >= 2).count();
	}

	private static String progress(List<String> contacts) {
		Received received = Received.of(smtp);
		return String.format("%d invitations and %d re-invitations of %d, %d reminders of %d out",
				invitations(contacts), reinvitations(contacts), contacts.size(), received.countTo(ACCOUNT_MANAGER),
				DOCUMENTS);
	}

	private static Map<String, Long> total(Map<String, Map<String, Long>> perNode) {
		Map<String, Long> total = new TreeMap<>();
		perNode.forEach((node, kinds) -> total.put(node, kinds.values().stream().mapToLong(Long::longValue).sum()));
		return total;
	}

	private static Map<String, Double> shares(Map<String, Long> perNode) {
		long all = perNode.values().stream().mapToLong(Long::longValue).sum();
		Map<String, Double> shares = new TreeMap<>();
		perNode.forEach((node, count) -> shares.put(node, Math.round(1000.0 * count / all) / 1000.0));
		return shares;
	}

	private static void runConcurrently(int count, IntConsumer call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				calls.add(pool.submit(() -> call.accept(index)));
			}
			for (Future<?> done : calls) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(Duration.ofNanos(wait).toMillis());
		}
	}

	private static long millisSince(long nanoTime) {
		return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
	}

	private static void log(String format, Object... args) {
		System.out.printf("[cluster] " + format + "%n", args);
	}

}
