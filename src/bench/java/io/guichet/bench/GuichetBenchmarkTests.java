package io.guichet.bench;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.guichet.cluster.ClusterNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of issue 9 ({@code ./mvnw -B verify -Pbench}; docs/PERFORMANCE.md):
 * Guichet ({@code target/guichet.jar}, its own JVM, shipped settings) on PostgreSQL with
 * GreenMail as its SMTP server, load from this JVM; then, with Guichet stopped, the bare
 * Camunda engine and the database's own ceiling. Every figure goes to
 * {@code target/bench/results.md} with the load average of the machine.
 */
@Tag("bench")
class GuichetBenchmarkTests {

	private static final BenchSettings SETTINGS = BenchSettings.fromSystemProperties();

	private static final String STAFF = "bench-staff";

	private static final String STAFF_PASSWORD = "Bench-staff-password-1";

	private static final String APPROVER_PASSWORD = "Approver-password-1";

	private static final String CONTACT_PASSWORD = "Bench-contact-password-1";

	private static final Pattern ACTIVATION_LINK = Pattern.compile("/activate\\?token=([A-Za-z0-9_-]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Results results = new Results(Path.of("target", "bench"));

	private final String runId = Long.toString(System.currentTimeMillis(), 36);

	private final AtomicLong unique = new AtomicLong();

	private final HttpClient http = Api.client();

	private BenchDatabase database;

	private Smtp smtp;

	private ClusterNode node;

	private int nodeStarts;

	private Api anonymous;

	private Api staff;

	private Api approver;

	private Api admin;

	private String clientId;

	private String clientName;

	private volatile double maxRssUnderLoad;

	@Test
	void shouldMeasureGuichetAndItsBaselines() throws Exception {
		assertThat(ClusterNode.JAR).as("run after package: ./mvnw -B verify -Pbench").isRegularFile();
		this.results.note("Settings", "%s per concurrency level; scenarios %s; P4 %d accesses, %d due; Guichet %s",
				SETTINGS.levelDuration(), SETTINGS.scenarios().stream().sorted().toList(), SETTINGS.p4Accesses(),
				SETTINGS.p4Due(), SETTINGS.guichetArguments().isEmpty() ? "as shipped" : SETTINGS.guichetArguments());
		this.database = new BenchDatabase(SETTINGS, SETTINGS.database());
		this.database.recreate();
		this.smtp = new Smtp(ClusterNode.freePort());
		Thread mailSampler = mailSampler();
		try {
			guichet();
		}
		finally {
			mailSampler.interrupt();
			if (this.node != null) {
				this.node.stop(Duration.ofSeconds(60));
			}
			this.smtp.close();
			this.results.write();
		}
		if (SETTINGS.runs("DB")) {
			databaseCeiling();
		}
		if (SETTINGS.runs("BARE")) {
			bareEngine();
		}
		ratios();
		this.database.close();
		this.results.write();
		System.out.println("[bench] written " + Path.of("target", "bench", "results.md").toAbsolutePath());
	}

	private void guichet() throws Exception {
		// P5: launch to ready on an empty database (Flyway and the Camunda schema), then on
		// the existing one
		double cold = startGuichet();
		this.results.note("P5 footprint", "launch to ready, empty database (schema created): %.1f s (load %s)", cold,
				Machine.loads());
		this.node.stop(Duration.ofSeconds(60));
		double warm = startGuichet();
		this.results.note("P5 footprint", "launch to ready, existing database: %.1f s (load %s)", warm,
				Machine.loads());
		Machine.sleep(10_000);
		this.results.note("P5 footprint", "resident memory idle (10 s after ready, -Xmx512m %s): %s (load %s)",
				String.join(" ", SETTINGS.jvmOptions()), Machine.memory(this.node.pid()), Machine.loads());
		if (SETTINGS.runs("P5")) {
			classDataSharing();
		}
		seed();
		warmUp();
		this.results.write();
		if (SETTINGS.runs("P0")) {
			createAndInvite();
			this.results.write();
		}
		if (SETTINGS.runs("P1")) {
			registrations();
			this.results.write();
		}
		if (SETTINGS.runs("P2")) {
			approvals();
			this.results.write();
		}
		if (SETTINGS.runs("P3")) {
			activity();
			this.results.write();
		}
		if (SETTINGS.runs("P4")) {
			dueTimers();
			this.results.write();
		}
		if (SETTINGS.runs("P5")) {
			this.node.stop(Duration.ofSeconds(60));
			long accesses = this.database.count("select count(*) from portal_access");
			long jobs = this.database.count("select count(*) from act_ru_job");
			double populated = startGuichet();
			this.results.note("P5 footprint",
					"launch to ready, the run's database (%d accesses, %d engine jobs): %.1f s (load %s)", accesses,
					jobs, populated, Machine.loads());
			Machine.sleep(10_000);
			this.results.note("P5 footprint", "resident memory idle after that restart: %s (load %s)",
					Machine.memory(this.node.pid()), Machine.loads());
		}
	}

	/** Starts Guichet and answers the seconds from launch to a healthy answer. */
	private double startGuichet() throws Exception {
		return startGuichet(ClusterNode.JAR, SETTINGS.jvmOptions());
	}

	/** As above, launching {@code jar} with {@code jvmOptions} (after -Xmx512m). */
	private double startGuichet(Path jar, List<String> jvmOptions) throws Exception {
		this.nodeStarts++;
		long start = System.nanoTime();
		this.node = ClusterNode.start("bench", jar, jvmOptions, this.database.url(), SETTINGS.pgUser(),
				SETTINGS.pgPassword(), this.smtp.port(), SETTINGS.guichetArguments(),
				new File("target/bench/guichet-" + this.nodeStarts + ".log"));
		this.node.awaitReady(Duration.ofSeconds(240), Duration.ofMillis(100));
		double seconds = (System.nanoTime() - start) / 1e9;
		this.anonymous = new Api(this.http, this.node.port(), null, null);
		this.admin = this.anonymous.as("admin", ClusterNode.ADMIN_PASSWORD);
		this.staff = this.anonymous.as(STAFF, STAFF_PASSWORD);
		this.approver = this.anonymous.as("approver", APPROVER_PASSWORD);
		return seconds;
	}

	/**
	 * P5 as the Docker image starts Guichet: the jar extracted, a class-data sharing
	 * archive written by a training start (on an in-memory H2 database, as at image
	 * build), then launch to ready and idle memory on the existing database with it. Leaves
	 * Guichet running as shipped again.
	 */
	private void classDataSharing() throws Exception {
		this.node.stop(Duration.ofSeconds(60));
		Path app = Path.of("target", "bench", "cds");
		FileSystemUtils.deleteRecursively(app);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		run(List.of(java, "-Djarmode=tools", "-jar", ClusterNode.JAR.toString(), "extract", "--destination",
				app.toString()), "cds-extract");
		long training = System.nanoTime();
		List<String> train = new ArrayList<>(List.of(java));
		train.addAll(SETTINGS.jvmOptions());
		train.addAll(List.of("-XX:ArchiveClassesAtExit=" + app.resolve("guichet.jsa"), "-Xlog:cds=error",
				"-Dspring.context.exit=onRefresh", "-jar", app.resolve("guichet.jar").toString(),
				"--spring.datasource.url=jdbc:h2:mem:training", "--server.port=0", "--spring.mail.host=localhost"));
		run(train, "cds-training");
		this.results.note("P5 footprint", "class-data sharing archive: extracted and trained in %.1f s, %.0f MiB",
				(System.nanoTime() - training) / 1e9, Files.size(app.resolve("guichet.jsa")) / 1048576.0);
		List<String> options = new ArrayList<>(SETTINGS.jvmOptions());
		options.add("-XX:SharedArchiveFile=" + app.resolve("guichet.jsa"));
		double ready = startGuichet(app.resolve("guichet.jar"), options);
		this.results.note("P5 footprint", "launch to ready, existing database, with class-data sharing: %.1f s (load %s)",
				ready, Machine.loads());
		Machine.sleep(10_000);
		this.results.note("P5 footprint", "resident memory idle with class-data sharing: %s (load %s)",
				Machine.memory(this.node.pid()), Machine.loads());
		this.node.stop(Duration.ofSeconds(60));
		startGuichet();
	}

	private static void run(List<String> command, String name) throws Exception {
		File log = new File("target/bench/" + name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log))
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new AssertionError(name + " failed, see " + log);
		}
	}

	/** A staff user (group guichet-staff, as a real one) and one client. */
	private void seed() {
		this.admin.call("POST", "/engine-rest/user/create", Map.of("profile",
				Map.of("id", STAFF, "firstName", "Bench", "lastName", "Staff"), "credentials",
				Map.of("password", STAFF_PASSWORD)));
		this.admin.call("PUT", "/engine-rest/group/guichet-staff/members/" + STAFF, Map.of());
		this.clientName = "Bench Client " + this.runId;
		this.clientId = this.staff
			.call("POST", "/api/clients", Map.of("name", this.clientName, "language", "en", "accountManager", "approver"))
			.get("id")
			.asText();
	}

	/** The JIT compiler's warm-up, not recorded. */
	private void warmUp() {
		Load.Result p0 = Load.run(4, Duration.ofSeconds(5), this::createContact);
		Load.Result p1 = Load.run(4, Duration.ofSeconds(5), this::register);
		this.smtp.awaitQuiet(Duration.ofSeconds(3), SETTINGS.drainTimeout());
		this.results.note("Warm-up", "5 s of P0 (%d) and 5 s of P1 (%d) at 4 clients, not recorded (errors %d/%d: %s)",
				p0.done(), p1.done(), p0.errors(), p1.errors(), Objects.toString(p0.firstError(), "none"));
	}

	// P0 -----------------------------------------------------------------------------------

	private int createContact(int client, long sequence) throws Exception {
		return this.staff.status("POST", "/api/contacts",
				Map.of("clientId", this.clientId, "firstName", "Bench", "lastName", "Invited", "email", email("p0"),
						"mobile", "+33 6 12 34 56 78", "role", "REQUESTER", "language", "en", "invite", true));
	}

	private void createAndInvite() {
		for (int clients : SETTINGS.p0Clients()) {
			int before = this.smtp.count();
			boolean profile = SETTINGS.profile().equals("P0") && clients == max(SETTINGS.p0Clients());
			if (profile) {
				jcmd("JFR.start", "name=bench", "settings=profile", "filename=target/bench/P0.jfr");
			}
			CpuMeter.Snapshot cpu = cpu();
			long start = System.nanoTime();
			Load.Result result = Load.run(clients, SETTINGS.levelDuration(), this::createContact);
			mails("P0 create+invite", "Guichet", clients, result, before, start, cpu);
			if (profile) {
				jcmd("JFR.stop", "name=bench");
			}
		}
	}

	/**
	 * The e-mails a level's calls caused: rate in the window, and sustained (e-mails
	 * divided by the time from the first call to the last e-mail accepted).
	 */
	private void mails(String scenario, String system, int clients, Load.Result result, int before, long start,
			CpuMeter.Snapshot cpuBefore) {
		long windowEnd = System.nanoTime();
		int inWindow = this.smtp.count() - before;
		long allIn = this.smtp.awaitCount(before + (int) result.done(), SETTINGS.drainTimeout());
		int received = this.smtp.count() - before;
		// CPU up to the last e-mail: the call and its asynchronous e-mail job
		CpuMeter.Snapshot cpuAfter = cpu();
		this.results.add(new Results.Row(scenario, system, result.clients(), result.perSecondAverage(),
				scenario.startsWith("P0") ? "201/s" : "completed/s", result.p50Millis(), result.p99Millis(),
				result.load(),
				cpuAfter.perOperation(cpuBefore, result.done()) + " (e-mail included)"
						+ ((result.errors() > 0) ? " errors " + result.errors() + " (" + result.firstError() + ")" : ""),
				scenario.startsWith("P0") ? cpuAfter.systemPerOperation(cpuBefore, result.done()) : Double.NaN));
		double windowSeconds = (windowEnd - start) / 1e9;
		if (allIn < 0) {
			this.results.add(new Results.Row(scenario, system + " e-mails", clients, received / windowSeconds,
					"e-mails/s (incomplete)", Double.NaN, Double.NaN, Machine.load(),
					String.format(Locale.ROOT, "only %d of %d e-mails after %s", received, result.done(),
							SETTINGS.drainTimeout())));
			return;
		}
		double sustained = result.done() / ((allIn - start) / 1e9);
		this.results.add(new Results.Row(scenario, system + " e-mails", clients, sustained, "e-mails/s",
				Double.NaN, Double.NaN, Machine.load(),
				String.format(Locale.ROOT, "%d e-mails; %.1f/s during the calls; last one %.1f s after them",
						result.done(), inWindow / windowSeconds, (allIn - windowEnd) / 1e9)));
	}

	// P1 -----------------------------------------------------------------------------------

	private int register(int client, long sequence) throws Exception {
		return this.anonymous.status("POST", "/api/registrations",
				Map.of("firstName", "Self", "lastName", "Registered", "email", email("p1"), "mobile",
						"+33 6 98 76 54 32", "company", this.clientName, "requestedRole", "REQUESTER", "language",
						"en"));
	}

	private void registrations() {
		Thread rss = rssSampler();
		try {
			for (int clients : SETTINGS.p1Clients()) {
				long before = reviewTasks();
				boolean profile = SETTINGS.profile().equals("P1") && clients == max(SETTINGS.p1Clients());
				if (profile) {
					jcmd("JFR.start", "name=bench", "settings=profile", "filename=target/bench/P1.jfr");
				}
				CpuMeter.Snapshot cpu = cpu();
				Load.Result result = Load.run(clients, SETTINGS.levelDuration(), this::register);
				CpuMeter.Snapshot after = cpu();
				if (profile) {
					jcmd("JFR.stop", "name=bench");
				}
				long tasks = reviewTasks() - before;
				this.results.add(new Results.Row("P1 registrations", "Guichet", clients, result.perSecondAverage(),
						"202/s", result.p50Millis(), result.p99Millis(), result.load(),
						"review tasks created: " + tasks + ((tasks == result.done()) ? " (one per 202); " : " (!); ")
								+ after.perOperation(cpu, result.done())
								+ ((result.errors() > 0) ? " errors " + result.errors() + " (" + result.firstError() + ")"
										: ""),
						after.systemPerOperation(cpu, result.done())));
			}
		}
		finally {
			rss.interrupt();
		}
		this.results.note("P5 footprint", "resident memory under P1 load (highest sample): %.0f MiB",
				this.maxRssUnderLoad);
	}

	private long reviewTasks() {
		return this.database.count("select count(*) from act_ru_task where task_def_key_ = 'Task_ReviewRegistration'");
	}

	// P2 -----------------------------------------------------------------------------------

	private void approvals() {
		ConcurrentLinkedQueue<String> tasks = new ConcurrentLinkedQueue<>(this.database.strings(
				"select id_ from act_ru_task where task_def_key_ = 'Task_ReviewRegistration' order by create_time_"));
		this.results.note("P2 approvals", "%d review tasks waiting at the start", tasks.size());
		String body = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"role\":{\"value\":\"REQUESTER\"},"
				+ "\"clientId\":{\"value\":\"" + this.clientId + "\"}}}";
		for (int clients : SETTINGS.p2Clients()) {
			int before = this.smtp.count();
			CpuMeter.Snapshot cpu = cpu();
			long start = System.nanoTime();
			Load.Result result = Load.run(clients, SETTINGS.levelDuration(), (client, sequence) -> {
				String task = tasks.poll();
				return (task != null) ? this.approver.status("POST", "/engine-rest/task/" + task + "/complete", body)
						: Load.NOTHING_LEFT;
			});
			mails("P2 approvals", "Guichet", clients, result, before, start, cpu);
		}
	}

	// P3 -----------------------------------------------------------------------------------

	private void activity() throws Exception {
		List<String[]> active = activate(SETTINGS.p3Accesses());
		awaitNoDueJobs();
		Map<String, Long> before = this.database.engineRowCounts();
		for (int clients : SETTINGS.p3Clients()) {
			CpuMeter.Snapshot cpu = cpu();
			Load.Result result = Load.run(clients, SETTINGS.levelDuration(),
					(client, sequence) -> this.staff.status("POST",
							"/api/access/" + active.get((int) (sequence % active.size()))[1] + "/activity", null));
			this.results.add("P3 activity", "Guichet", result, "204/s",
					"staff HTTP Basic; no password hashing; " + cpu().perOperation(cpu, result.done()));
		}
		CpuMeter.Snapshot cpu = cpu();
		Load.Result authenticate = Load.run(8, SETTINGS.levelDuration(), (client, sequence) -> {
			String[] contact = active.get((int) (sequence % active.size()));
			return this.anonymous.status("POST", "/api/portal/authenticate",
					Map.of("email", contact[0], "password", CONTACT_PASSWORD));
		});
		this.results.add("P3 authenticate", "Guichet", authenticate, "200/s",
				"bcrypt (strength 10) per call; " + cpu().perOperation(cpu, authenticate.done()));
		Map<String, Long> after = this.database.engineRowCounts();
		List<String> changed = before.keySet()
			.stream()
			.filter((table) -> !before.get(table).equals(after.get(table)))
			.map((table) -> table + " " + before.get(table) + " → " + after.get(table))
			.toList();
		long total = before.values().stream().mapToLong(Long::longValue).sum();
		this.results.note("P3 activity", "engine rows (%d act_* tables, %d rows) before and after P3: %s",
				before.size(), total, changed.isEmpty() ? "unchanged" : "CHANGED " + changed);
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		String hash = bcrypt.encode(CONTACT_PASSWORD);
		long start = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			bcrypt.matches(CONTACT_PASSWORD, hash);
		}
		this.results.note("P3 activity",
				"password hashing alone: one bcrypt check (strength 10, Guichet's encoder) takes %.1f ms on one"
						+ " thread of this machine (load %s), so 2 cores check at most ~%.0f/s",
				(System.nanoTime() - start) / 20 / 1e6, Machine.loads(), 2 * 20 / ((System.nanoTime() - start) / 1e9));
	}

	/** Activates invited contacts through the activation page; answers {email, accessId}. */
	private List<String[]> activate(int count) throws Exception {
		List<String[]> active = new ArrayList<>();
		for (MimeMessage message : this.smtp.messages()) {
			if (active.size() >= count) {
				break;
			}
			Object content = message.getContent();
			Matcher link = ACTIVATION_LINK.matcher(String.valueOf(content));
			if (!(content instanceof String) || !link.find()) {
				continue;
			}
			String email = message.getAllRecipients()[0].toString();
			HttpClient browser = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.build();
			String base = "http://127.0.0.1:" + this.node.port();
			String page = browser
				.send(HttpRequest.newBuilder(URI.create(base + "/activate?token=" + link.group(1))).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = CSRF.matcher(page);
			if (!csrf.find()) {
				continue;
			}
			String form = Map
				.of("token", link.group(1), "_csrf", csrf.group(1), "password", CONTACT_PASSWORD,
						"passwordConfirmation", CONTACT_PASSWORD)
				.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpResponse<String> done = browser.send(HttpRequest.newBuilder(URI.create(base + "/activate"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (done.statusCode() != 200) {
				continue;
			}
			String accessId = this.staff
				.call("GET", "/api/contacts?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null)
				.at("/access/id")
				.asText();
			active.add(new String[] { email, accessId });
		}
		this.results.note("P3 activity", "%d contacts activated through the activation page for P3", active.size());
		assertThat(active).as("activated contacts for P3").isNotEmpty();
		return active;
	}

	/** Waits until the job executor has nothing due (the e-mails of earlier scenarios). */
	private void awaitNoDueJobs() {
		long deadline = System.nanoTime() + SETTINGS.drainTimeout().toNanos();
		while (System.nanoTime() < deadline
				&& this.database.count("select count(*) from act_ru_job where duedate_ is null or duedate_ <= now()")
						> 0) {
			Machine.sleep(500);
		}
		this.smtp.awaitQuiet(Duration.ofSeconds(2), SETTINGS.drainTimeout());
	}

	// P4 -----------------------------------------------------------------------------------

	private void dueTimers() throws Exception {
		int accesses = SETTINGS.p4Accesses();
		int due = Math.min(SETTINGS.p4Due(), accesses);
		awaitNoDueJobs();
		// contacts and active accesses by SQL (the product's path, activation by e-mail
		// link, would take hours); their lifecycle instances through the engine's REST API,
		// so the engine computes every timer as it would after an activation
		long seedStart = System.nanoTime();
		ConcurrentLinkedQueue<String> ids = seedActiveAccesses(accesses, due);
		double sqlSeconds = (System.nanoTime() - seedStart) / 1e9;
		// 500 due and 500 others through the engine; the rest are copies of one of each
		List<String> all = new ArrayList<>(ids);
		ConcurrentLinkedQueue<String> toStart = new ConcurrentLinkedQueue<>(all.subList(0, Math.min(due, 500)));
		toStart.addAll(all.subList(due, due + Math.min(accesses - due, 500)));
		Load.Result started = Load.run(8, SETTINGS.p4Timeout().multipliedBy(4), (client, sequence) -> {
			String id = toStart.poll();
			return (id != null) ? this.admin.status("POST", "/engine-rest/process-definition/key/AccessLifecycle/start",
					Map.of("businessKey", id)) : Load.NOTHING_LEFT;
		});
		long copyStart = System.nanoTime();
		int copies = 0;
		try (Connection connection = this.database.open()) {
			for (String jobTitle : List.of("p4-due", "p4")) {
				List<String> template = this.database.strings("select e.proc_inst_id_ from act_ru_execution e"
						+ " join portal_access a on e.business_key_ = a.id::text join contact c on c.id = a.contact_id"
						+ " where c.job_title = '" + jobTitle + "' limit 1");
				if (!template.isEmpty()) {
					copies += LifecycleClones.copy(connection, template.get(0), jobTitle);
				}
			}
		}
		double copySeconds = (System.nanoTime() - copyStart) / 1e9;
		long timers = this.database
			.count("select count(*) from act_ru_job where handler_type_ = 'timer-intermediate-transition'");
		this.results.note("P4 due timers",
				"seeded %d active accesses by SQL in %.1f s, then started AccessLifecycle instances over"
						+ " /engine-rest at 8 clients: %d in %.1f s (%.0f/s, p99 %.0f ms, %d errors, load %.2f);"
						+ " %d copies of two waiting instances (one due, one not) by SQL in %.1f s; %d timer jobs waiting",
				accesses, sqlSeconds, started.done(), started.seconds(), started.perSecondAverage(),
				started.p99Millis(), started.errors(), started.load(), copies, copySeconds, timers);
		this.results.note("P4 due timers",
				"job acquisition statement with %d jobs waiting (none due): %.2f ms (EXPLAIN ANALYZE, best of 5;"
						+ " load %s)",
				this.database.count("select count(*) from act_ru_job"), this.database.acquisitionMillis(5),
				Machine.loads());
		int mailsBefore = this.smtp.count();
		CpuMeter.Snapshot cpu = cpu();
		long start = System.nanoTime();
		// the due ones: last access 40 days ago, and their timers due now
		try (Connection connection = this.database.open()) {
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.executeUpdate("update portal_access set activated_at = now() - interval '40 days',"
						+ " last_access_at = now() - interval '40 days'"
						+ " where contact_id in (select id from contact where job_title = 'p4-due')");
				statement.executeUpdate("update act_ru_job set duedate_ = now() where process_instance_id_ in"
						+ " (select proc_inst_id_ from act_ru_execution where business_key_ in (select a.id::text"
						+ " from portal_access a join contact c on c.id = a.contact_id where c.job_title = 'p4-due'))"
						+ " and handler_type_ = 'timer-intermediate-transition'");
			}
			connection.commit();
		}
		double acquisitionDue = this.database.acquisitionMillis(1);
		long deadline = start + SETTINGS.p4Timeout().toNanos();
		long expired = 0;
		int notices = 0;
		double allExpired = -1;
		double allNotices = -1;
		while (System.nanoTime() < deadline && (allExpired < 0 || allNotices < 0)) {
			Machine.sleep(500);
			double seconds = (System.nanoTime() - start) / 1e9;
			expired = this.database.count("select count(*) from portal_access a join contact c on c.id = a.contact_id"
					+ " where c.job_title = 'p4-due' and a.state = 'EXPIRED'");
			notices = this.smtp.count() - mailsBefore;
			this.results.point("expired", seconds, expired);
			this.results.point("notices", seconds, notices);
			if (allExpired < 0 && expired >= due) {
				allExpired = seconds;
			}
			if (allNotices < 0 && notices >= due) {
				allNotices = seconds;
			}
		}
		double total = Math.max(allExpired, allNotices);
		this.results.add(new Results.Row("P4 due timers", "Guichet", 0,
				(total > 0) ? due / total : notices / ((System.nanoTime() - start) / 1e9), "expiries+notices/s",
				Double.NaN, Double.NaN, Machine.load(),
				(total > 0)
						? String.format(Locale.ROOT,
								"%d of %d accesses due at once: all EXPIRED after %.1f s, all notices after %.1f s; %s",
								due, accesses, allExpired, allNotices, cpu().perOperation(cpu, due))
						: String.format(Locale.ROOT, "NOT DONE after %s: %d of %d expired, %d notices; %s",
								SETTINGS.p4Timeout(), expired, due, notices, cpu().perOperation(cpu, notices))));
		this.results.note("P4 due timers", "acquisition statement right after the timers fell due: %.2f ms",
				acquisitionDue);
	}

	private ConcurrentLinkedQueue<String> seedActiveAccesses(int accesses, int due) throws Exception {
		ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
		try (Connection connection = this.database.open()) {
			connection.setAutoCommit(false);
			try (PreparedStatement contacts = connection.prepareStatement("insert into contact (id, client_id,"
					+ " first_name, last_name, email, mobile, language, job_title, created_at, version)"
					+ " values (?, ?, 'Timer', 'Bench', ?, '+33 6 11 22 33 44', 'en', ?, now(), 0)");
					PreparedStatement access = connection.prepareStatement("insert into portal_access (id, contact_id,"
							+ " email_key, state, source, sponsor, requested_role, role, permissions, activated_at,"
							+ " last_access_at, invitations_sent, last_invitation_at, created_at, updated_at, version)"
							+ " values (?, ?, ?, 'ACTIVE', 'ADMIN', '" + STAFF + "', 'REQUESTER', 'REQUESTER', '',"
							+ " now(), now(), 1, now(), now(), now(), 0)")) {
				UUID client = UUID.fromString(this.clientId);
				for (int i = 0; i < accesses; i++) {
					UUID contactId = UUID.randomUUID();
					UUID accessId = UUID.randomUUID();
					String email = "p4-" + this.runId + "-" + i + "@bench.example";
					contacts.setObject(1, contactId);
					contacts.setObject(2, client);
					contacts.setString(3, email);
					contacts.setString(4, (i < due) ? "p4-due" : "p4");
					contacts.addBatch();
					access.setObject(1, accessId);
					access.setObject(2, contactId);
					access.setString(3, email);
					access.addBatch();
					ids.add(accessId.toString());
					if (i % 1000 == 999 || i == accesses - 1) {
						contacts.executeBatch();
						access.executeBatch();
						connection.commit();
					}
				}
			}
		}
		return ids;
	}

	// baselines ----------------------------------------------------------------------------

	private void databaseCeiling() throws Exception {
		for (int clients : SETTINGS.ceilingClients()) {
			DatabaseCeiling.Measured level = DatabaseCeiling.run(this.database, clients,
					SETTINGS.levelDuration().dividedBy(2).plusSeconds(1));
			this.results.add("DB ceiling", "database", level.result(), "commits/s",
					"one-row INSERT + COMMIT, JDBC; " + level.cpu());
		}
		this.results.write();
	}

	private void bareEngine() throws Exception {
		BenchDatabase bare = new BenchDatabase(SETTINGS, SETTINGS.bareDatabase());
		bare.recreate();
		try (BareEngine engine = new BareEngine(bare, SETTINGS)) {
			engine.register(4, Duration.ofSeconds(5));
			engine.approve(4, Duration.ofSeconds(5));
			for (int clients : SETTINGS.p0Clients()) {
				CpuMeter.Snapshot cpu = CpuMeter.take(-1, bare);
				long start = System.nanoTime();
				Load.Result result = engine.invite(clients, SETTINGS.levelDuration());
				double all = awaitAsyncSteps(engine, start);
				CpuMeter.Snapshot after = CpuMeter.take(-1, bare);
				this.results.add(new Results.Row("P0 create+invite", "bare engine", clients, result.perSecondAverage(),
						"started/s", result.p50Millis(), result.p99Millis(), result.load(),
						String.format(Locale.ROOT,
								"pre-approved message start, no-op async step, event-based gateway with its timer;"
										+ " all %d done %.1f s after the start (%.1f/s); %s",
								result.done(), all, result.done() / all, after.perOperation(cpu, result.done())),
						after.systemPerOperation(cpu, result.done())));
			}
			for (int clients : Boolean.getBoolean("bench.bare.skip-external") ? List.<Integer>of() : SETTINGS.p0Clients()) {
				CpuMeter.Snapshot cpu = CpuMeter.take(-1, bare);
				long start = System.nanoTime();
				Load.Result result = engine.inviteExternal(clients, SETTINGS.levelDuration());
				double all = awaitAsyncSteps(engine, start);
				CpuMeter.Snapshot after = CpuMeter.take(-1, bare);
				this.results.add(new Results.Row("P0 create+invite", "bare engine, external e-mail step", clients,
						result.perSecondAverage(), "started/s", result.p50Millis(), result.p99Millis(), result.load(),
						String.format(Locale.ROOT,
								"as the bare engine, the e-mail step an external task fetched and completed by"
										+ " 50 in one transaction each; all %d done %.1f s after the start (%.1f/s); %s",
								result.done(), all, result.done() / all, after.perOperation(cpu, result.done())),
						after.systemPerOperation(cpu, result.done())));
			}
			for (int clients : SETTINGS.p1Clients()) {
				CpuMeter.Snapshot cpu = CpuMeter.take(-1, bare);
				Load.Result result = engine.register(clients, SETTINGS.levelDuration());
				CpuMeter.Snapshot after = CpuMeter.take(-1, bare);
				this.results.add(new Results.Row("P1 registrations", "bare engine", clients, result.perSecondAverage(),
						"started/s", result.p50Millis(), result.p99Millis(), result.load(),
						"message start to the user task, no-op delegates; " + after.perOperation(cpu, result.done()),
						after.systemPerOperation(cpu, result.done())));
			}
			for (int clients : SETTINGS.p2Clients()) {
				CpuMeter.Snapshot cpu = CpuMeter.take(-1, bare);
				long start = System.nanoTime();
				Load.Result result = engine.approve(clients, SETTINGS.levelDuration());
				double all = awaitAsyncSteps(engine, start);
				this.results.add("P2 approvals", "bare engine", result, "completed/s",
						String.format(Locale.ROOT, "no-op async step of all %d done %.1f s after the start (%.1f/s); %s",
								result.done(), all, result.done() / all,
								CpuMeter.take(-1, bare).perOperation(cpu, result.done())));
			}
		}
		finally {
			bare.close();
		}
		this.results.write();
	}

	/**
	 * Waits until the bare engine's job executor has run every asynchronous step (at most
	 * the drain timeout); returns the seconds since {@code start}.
	 */
	private static double awaitAsyncSteps(BareEngine engine, long start) {
		long deadline = System.nanoTime() + SETTINGS.drainTimeout().toNanos();
		while (engine.pendingAsyncJobs() > 0 && System.nanoTime() < deadline) {
			Machine.sleep(100);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private void ratios() {
		for (int clients : SETTINGS.p1Clients()) {
			double guichet = this.results.perSecond("P1 registrations", "Guichet", clients);
			double bare = this.results.perSecond("P1 registrations", "bare engine", clients);
			double ceiling = this.results.perSecond("DB ceiling", "database", clients);
			if (Double.isNaN(guichet) || Double.isNaN(bare)) {
				continue;
			}
			this.results.note("Ratios", "P1 at %d clients: Guichet / bare engine = %.2f; Guichet / DB ceiling = %.3f",
					clients, guichet / bare, guichet / ceiling);
		}
		// the measure: CPU per operation of the bare engine (the engine and
		// PostgreSQL) over Guichet's (Guichet and PostgreSQL)
		for (int clients : SETTINGS.p1Clients()) {
			double guichet = this.results.cpuPerOperation("P1 registrations", "Guichet", clients);
			double bare = this.results.cpuPerOperation("P1 registrations", "bare engine", clients);
			if (!Double.isNaN(guichet) && !Double.isNaN(bare)) {
				this.results.note("Ratios",
						"P1 at %d clients, CPU per registration: bare engine %.2f ms / Guichet %.2f ms = %.2f", clients,
						bare, guichet, bare / guichet);
			}
		}
		for (int clients : SETTINGS.p0Clients()) {
			double guichet = this.results.cpuPerOperation("P0 create+invite", "Guichet", clients);
			double bare = this.results.cpuPerOperation("P0 create+invite", "bare engine", clients);
			if (!Double.isNaN(guichet) && !Double.isNaN(bare)) {
				this.results.note("Ratios",
						"P0 at %d clients, CPU per invitation: bare engine %.2f ms / Guichet %.2f ms = %.2f;"
								+ " Keycloak %.2f ms (its peer run)",
						clients, bare, guichet, bare / guichet, Results.KEYCLOAK_MILLIS_PER_INVITATION);
			}
		}
		for (int clients : SETTINGS.p2Clients()) {
			if (Double.isNaN(this.results.perSecond("P2 approvals", "bare engine", clients))) {
				continue;
			}
			this.results.note("Ratios", "P2 at %d clients: Guichet / bare engine (completions) = %.2f", clients,
					this.results.perSecond("P2 approvals", "Guichet", clients)
							/ this.results.perSecond("P2 approvals", "bare engine", clients));
		}
	}

	// helpers ------------------------------------------------------------------------------

	private CpuMeter.Snapshot cpu() {
		return CpuMeter.take(this.node.pid(), this.database);
	}

	private static int max(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	/** A diagnostic command to the Guichet JVM (a flight recording for -Dbench.profile). */
	private void jcmd(String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(this.node.pid())));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			System.out.println("[bench] jcmd " + String.join(" ", arguments) + ": " + output.strip());
		}
		catch (Exception ex) {
			System.out.println("[bench] jcmd failed: " + ex);
		}
	}

	private String email(String scenario) {
		return scenario + "-" + this.runId + "-" + this.unique.incrementAndGet() + "@bench.example";
	}

	/** E-mails accepted per second over the whole Guichet part, for the chart. */
	private Thread mailSampler() {
		Thread thread = new Thread(() -> {
			int last = 0;
			while (!Thread.currentThread().isInterrupted()) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
				int now = this.smtp.count();
				this.results.point("e-mails/s", this.results.secondsSinceStart(), now - last);
				last = now;
			}
		}, "bench-mail-sampler");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private Thread rssSampler() {
		Thread thread = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				this.maxRssUnderLoad = Math.max(this.maxRssUnderLoad, Machine.rssMiB(this.node.pid()));
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-rss-sampler");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
