package io.guichet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.guichet.common.Throttle;
import io.guichet.support.ActiveContacts;
import io.guichet.support.Evidence;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Someone trying to get in: secrets guessed at speed, tokens read from the database, used
 * links replayed, forms posted from another site, e-mails probed, doors tried without the
 * right group, pages framed. Every attempt is counted for docs/RELIABILITY.md.
 */
@GuichetTest
class AttackTests {

	static final String REPORT = "attacks";

	private static final Pattern RESET_LINK = Pattern
		.compile("https?://[^\\s\"<>]+/portal/password-reset/new\\?token=([A-Za-z0-9_-]+)");

	/**
	 * The bound on the difference of median answer times, known against unknown e-mail.
	 */
	private static final long TIMING_BOUND_MS = 50;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Throttle throttle;

	@Autowired
	JdbcTemplate jdbc;

	FuzzWorld world;

	@BeforeEach
	void setUp() {
		this.world = FuzzWorld.get(AttackTests.class);
		this.throttle.clear();
	}

	@AfterEach
	void forgetFailures() {
		this.throttle.clear();
	}

	@AfterAll
	static void report() {
		Evidence.write(REPORT, "Attacks tried");
	}

	@Test
	void shouldThrottleEveryKindOfSecretGuessedAtSpeed() throws Exception {
		String email = this.world.ids.get("memberEmail");
		Map<String, Supplier<Http.Response>> guesses = Map.of("activation link (GET /activate)",
				() -> new Http(this.world.port).get("/activate?token=" + random()), "activation (POST /activate)",
				// the portal keeps its own CSRF token; the console's sign-in page gives
				// anyone one that /activate takes
				() -> postWithCsrf("/activate", "/console/login", "token", random(), "password", "Guess-password-1",
						"passwordConfirmation", "Guess-password-1"),
				"reset link (GET /portal/password-reset/new)",
				() -> new Http(this.world.port).get("/portal/password-reset/new?token=" + random()),
				"reset (POST /portal/password-reset/new)",
				() -> postWithCsrf("/portal/password-reset/new", "/portal/register", "token", random(), "password",
						"Guess-password-1", "passwordConfirmation", "Guess-password-1"),
				"password (POST /api/portal/authenticate)",
				() -> new Http(this.world.port).postJson("/api/portal/authenticate",
						Map.of("email", email, "password", random())),
				"password (POST /portal/login)",
				() -> postWithCsrf("/portal/login", "/portal/login", "email", email, "password", random()));
		ExecutorService attackers = Executors.newFixedThreadPool(8);
		try {
			for (Map.Entry<String, Supplier<Http.Response>> guess : guesses.entrySet()) {
				this.throttle.clear();
				List<Callable<Http.Response>> burst = new ArrayList<>();
				for (int i = 0; i < 60; i++) {
					burst.add(guess.getValue()::get);
				}
				int refused = 0;
				int checked = 0;
				for (Future<Http.Response> answer : attackers.invokeAll(burst)) {
					Http.Response response = answer.get();
					Evidence.count(REPORT, "guess: " + guess.getKey());
					assertThat(response.status()).as(guess.getKey() + ": " + response.body()).isLessThan(500);
					if (response.status() == 429) {
						refused++;
						assertThat(Long.parseLong(response.header("Retry-After"))).as(guess.getKey()).isPositive();
					}
					else {
						checked++;
					}
				}
				// 10 failures per window, held before each guess is checked: none slips
				// in
				// while the first are in flight
				assertThat(checked).as(guess.getKey() + ": guesses actually checked").isLessThanOrEqualTo(10);
				assertThat(refused).as(guess.getKey()).isGreaterThanOrEqualTo(60 - 10);
				Evidence.figure(REPORT, "guesses checked before 429: " + guess.getKey(), checked + " of 60");
			}
		}
		finally {
			attackers.shutdownNow();
		}
		this.throttle.clear();
		for (int i = 0; i < 10; i++) {
			new Http(this.world.port).postJson("/api/portal/authenticate",
					Map.of("email", email, "password", random()));
		}
		Http.Response right = new Http(this.world.port).postJson("/api/portal/authenticate",
				Map.of("email", email, "password", "Fuzz-password-1"));
		assertThat(right.status()).as("even the right password waits while throttled").isEqualTo(429);
	}

	@Test
	void shouldNeverThrottleAttemptsThatSucceed() throws Exception {
		String email = this.world.ids.get("memberEmail");
		ExecutorService portals = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Http.Response>> signIns = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				signIns.add(() -> new Http(this.world.port).postJson("/api/portal/authenticate",
						Map.of("email", email, "password", "Fuzz-password-1")));
			}
			for (Future<Http.Response> answer : portals.invokeAll(signIns)) {
				assertThat(answer.get().status()).as("a right password, 40 times from one address").isEqualTo(200);
			}
		}
		finally {
			portals.shutdownNow();
		}
		for (int i = 0; i < 9; i++) {
			new Http(this.world.port).postJson("/api/portal/authenticate",
					Map.of("email", email, "password", random()));
		}
		assertThat(new Http(this.world.port)
			.postJson("/api/portal/authenticate", Map.of("email", email, "password", "Fuzz-password-1"))
			.status()).as("9 failures of 10: the right password still opens").isEqualTo(200);
		assertThat(new Http(this.world.port)
			.postJson("/api/portal/authenticate", Map.of("email", email, "password", random()))
			.status()).as("the 10th failure is still checked").isEqualTo(401);
		assertThat(new Http(this.world.port)
			.postJson("/api/portal/authenticate", Map.of("email", email, "password", "Fuzz-password-1"))
			.status()).as("past the budget").isEqualTo(429);
		Evidence.figure(REPORT, "right passwords from one address, 8 at a time, never throttled", "40 of 40");
	}

	@Test
	void shouldIssue256BitRandomTokensAndStoreOnlyTheirHash() throws Exception {
		String member = this.world.ids.get("member");
		String email = this.world.ids.get("memberEmail");
		Set<String> tokens = new HashSet<>();
		int ones = 0;
		int before = TestMail.to(email).size();
		for (int i = 0; i < 20; i++) {
			// one reset e-mail per contact per guichet.portal.reset-cooldown: let the
			// next one go
			this.jdbc.update("update portal_access set last_reset_at = null where contact_id = ?",
					UUID.fromString(member));
			assertThat(this.world.staff.postJson("/api/contacts/" + member + "/password-reset", "{}").status())
				.isEqualTo(202);
			MimeMessage mail = TestMail.awaitMails(email, before + i + 1).get(before + i);
			String token = resetToken(mail);
			Evidence.count(REPORT, "tokens examined");
			byte[] bits = Base64.getUrlDecoder().decode(token);
			assertThat(bits).as("256 random bits").hasSize(32);
			for (byte b : bits) {
				ones += Integer.bitCount(b & 0xff);
			}
			assertThat(tokens.add(token)).isTrue();
			List<Map<String, Object>> rows = this.jdbc.queryForList("select * from access_token");
			assertThat(rows).as("no raw token in the database")
				.noneMatch((row) -> row.values().stream().anyMatch((value) -> String.valueOf(value).contains(token)));
			assertThat(this.jdbc.queryForObject("select count(*) from access_token where token_hash = ?", Long.class,
					sha256(token)))
				.as("stored as its SHA-256")
				.isEqualTo(1);
		}
		// 5120 fair coin flips: within 4.5 standard deviations (35.8) of 2560
		assertThat(ones).isBetween(2560 - 161, 2560 + 161);
		Evidence.figure(REPORT, "token bits set (of 5120, 20 tokens)", ones);
		// the contact's tokens (TokenPurgeJobTests stores made-up hashes of its own)
		assertThat(this.jdbc.queryForList("select token_hash from access_token where access_id = ?", String.class,
				UUID.fromString(this.world.ids.get("access"))))
			.hasSizeGreaterThanOrEqualTo(20)
			.allMatch((hash) -> hash.matches("[0-9a-f]{64}"));
	}

	@Test
	void shouldRefuseTheReplayOfAUsedLink() {
		ActiveContacts contacts = contacts();
		ActiveContacts.Person person = contacts.activate(this.world.ids.get("client"), "REQUESTER", "First-password-1",
				Map.of());
		int before = TestMail.to(person.email()).size();
		assertThat(this.world.staff.postJson("/api/contacts/" + person.id() + "/password-reset", "{}").status())
			.isEqualTo(202);
		String token = resetToken(TestMail.awaitMails(person.email(), before + 1).get(before));
		Http.Response used = postWithCsrf("/portal/password-reset/new", "/portal/register", "token", token, "password",
				"Second-password-1", "passwordConfirmation", "Second-password-1");
		assertThat(used.status()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			Http.Response replay = postWithCsrf("/portal/password-reset/new", "/portal/register", "token", token,
					"password", "Third-password-1", "passwordConfirmation", "Third-password-1");
			Evidence.count(REPORT, "replays of a used link");
			assertThat(replay.body()).as("the used link is dead").doesNotContain("name=\"password\"");
		}
		assertThat(new Http(this.world.port)
			.postJson("/api/portal/authenticate", Map.of("email", person.email(), "password", "Third-password-1"))
			.status()).isEqualTo(401);
		assertThat(new Http(this.world.port)
			.postJson("/api/portal/authenticate", Map.of("email", person.email(), "password", "Second-password-1"))
			.status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseEveryFormPostWithoutItsCsrfToken() {
		Map<String, Supplier<Http>> sessions = Map.of("CONSOLE", this::consoleWithoutCsrf, "VISITOR",
				() -> new Http(this.world.port), "MANAGER", this::managerWithoutCsrf);
		int forms = 0;
		for (BadPageInputTests.Page page : BadPageInputTests.PAGES) {
			if (!page.method().equals("POST")) {
				continue;
			}
			Http session = sessions.get(page.caller()).get();
			Map<String, String> fields = BadPageInputTests.fields(this.world, session, page.fields());
			List<String> namesAndValues = new ArrayList<>();
			fields.forEach((name, value) -> {
				namesAndValues.add(name);
				namesAndValues.add(value);
			});
			namesAndValues.add("confirmed");
			namesAndValues.add("true");
			Map<String, Long> before = this.world.rows();
			Http.Response response = session.postFields(this.world.fill(page.path()),
					namesAndValues.toArray(String[]::new));
			Evidence.count(REPORT, "form posts without CSRF token");
			forms++;
			assertThat(response.status()).as(page + " without CSRF token").isEqualTo(403);
			this.world.settle();
			assertThat(this.world.rows()).as(page + " wrote nothing").isEqualTo(before);
		}
		Http manager = managerWithoutCsrf();
		Map<String, Long> before = this.world.rows();
		assertThat(manager
			.postJson("/portal/api/team", Map.of("firstName", "No", "lastName", "Token", "email",
					"no-token@example.com", "mobile", "+33 6 12 34 56 78", "role", "REQUESTER"))
			.status()).isEqualTo(403);
		assertThat(this.world.rows()).isEqualTo(before);
		Evidence.figure(REPORT, "forms checked for CSRF", forms + 1);
	}

	@Test
	void shouldAnswerTheSameForKnownAndUnknownEmails() {
		String known = this.world.ids.get("memberEmail");
		Http anyone = new Http(this.world.port);
		// status and body: registration (API and page), reset request, authentication
		Http.Response registeredKnown = anyone.postJson("/api/registrations", registration(known));
		Http.Response registeredUnknown = anyone.postJson("/api/registrations", registration(unknown()));
		assertThat(registeredKnown.status()).isEqualTo(registeredUnknown.status()).isEqualTo(202);
		assertThat(registeredKnown.body()).isEqualTo(registeredUnknown.body());
		assertThat(resetRequest(known)).isEqualTo(resetRequest(unknown()));
		assertThat(registerPage(known)).isEqualTo(registerPage(unknown()));
		Http.Response wrongKnown = anyone.postJson("/api/portal/authenticate",
				Map.of("email", known, "password", "Wrong-password-1"));
		Http.Response wrongUnknown = anyone.postJson("/api/portal/authenticate",
				Map.of("email", unknown(), "password", "Wrong-password-1"));
		assertThat(wrongKnown.status()).isEqualTo(wrongUnknown.status()).isEqualTo(401);
		assertThat(wrongKnown.body()).isEqualTo(wrongUnknown.body());

		// timing: medians of many alternating calls
		timing("registration (POST /api/registrations)",
				() -> anyone.postJson("/api/registrations", registration(known)),
				() -> anyone.postJson("/api/registrations", registration(unknown())));
		timing("reset request (POST /portal/password-reset)", () -> postReset(known), () -> postReset(unknown()));
		timing("authentication (POST /api/portal/authenticate)",
				() -> anyone.postJson("/api/portal/authenticate", Map.of("email", known, "password", "Wrong-pass-1")),
				() -> anyone.postJson("/api/portal/authenticate",
						Map.of("email", unknown(), "password", "Wrong-pass-1")));
	}

	@Test
	void shouldRefuseEveryStaffDoorWithoutTheRightGroup() {
		Http outsider = new Http(this.world.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD);
		Http viewer = new Http(this.world.port).as(TestStaff.VIEWER, TestStaff.PASSWORD);
		Http contact = new Http(this.world.port).as(this.world.ids.get("memberEmail"), "Fuzz-password-1");
		String client = this.world.ids.get("client");
		Map<String, Integer> doors = new java.util.LinkedHashMap<>();
		expect(doors, "outsider GET /api/clients", outsider.get("/api/clients"), 403);
		expect(doors, "outsider POST /api/clients", outsider.postJson("/api/clients", Map.of("name", "X")), 403);
		expect(doors, "viewer POST /api/clients", viewer.postJson("/api/clients", Map.of("name", "X")), 403);
		expect(doors, "viewer DELETE /api/clients/{id}", viewer.send("DELETE", "/api/clients/" + client, ""), 403);
		expect(doors, "contact GET /api/clients", contact.get("/api/clients"), 401);
		expect(doors, "contact GET /engine-rest/task", contact.get("/engine-rest/task"), 401);
		expect(doors, "contact GET /console/clients", contact.get("/console/clients"), 302);
		expect(doors, "outsider POST /engine-rest/process-definition/key/ContactOnboarding/start",
				outsider.postJson("/engine-rest/process-definition/key/ContactOnboarding/start", "{}"), 403, 404);
		expect(doors, "outsider POST /engine-rest/deployment/create",
				outsider.postMultipart("/engine-rest/deployment/create",
						new Multipart().field("deployment-name", "intrusion")
							.file("intrusion.bpmn", "intrusion.bpmn", "text/xml",
									"<definitions/>".getBytes(StandardCharsets.UTF_8))),
				403);
		expect(doors, "outsider POST /engine-rest/user/create", outsider.postJson("/engine-rest/user/create",
				Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "Intruder-pass-1"))),
				403);
		expect(doors, "outsider POST /engine-rest/group/approvers/members/test-outsider",
				outsider.send("PUT", "/engine-rest/group/approvers/members/" + TestStaff.OUTSIDER, ""), 403);
		String task = pendingTask();
		expect(doors, "outsider GET /engine-rest/task/{id}", outsider.get("/engine-rest/task/" + task), 403, 404);
		expect(doors, "outsider POST /engine-rest/task/{id}/complete",
				outsider.postJson("/engine-rest/task/" + task + "/complete", "{}"), 403, 404);
		expect(doors, "viewer POST /engine-rest/task/{id}/complete",
				viewer.postJson("/engine-rest/task/" + task + "/complete", "{}"), 403, 404);
		assertThat(outsider.get("/engine-rest/process-instance").json()).as("an outsider sees no instance").isEmpty();
		assertThat(outsider.get("/engine-rest/task").json()).as("an outsider sees no task").isEmpty();
		expect(doors, "outsider console sign-in", consoleSignIn(TestStaff.OUTSIDER), 403);
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			expect(doors, "outsider " + app + " sign-in", webappSignIn(TestStaff.OUTSIDER, app), 401, 403);
			expect(doors, "viewer " + app + " sign-in", webappSignIn(TestStaff.VIEWER, app), 401, 403);
		}
		expect(doors, "staff cockpit sign-in", webappSignIn(TestStaff.STAFF, "cockpit"), 401, 403);
		expect(doors, "approver admin sign-in", webappSignIn(TestStaff.APPROVER, "admin"), 401, 403);
		expect(doors, "approver tasklist sign-in", webappSignIn(TestStaff.APPROVER, "tasklist"), 200);
		expect(doors, "nobody GET /dev/mail", new Http(this.world.port).get("/dev/mail"), 401);
		expect(doors, "outsider GET /dev/mail", outsider.get("/dev/mail"), 403);
		List<String> wrong = doors.entrySet()
			.stream()
			.filter((door) -> door.getValue() != null)
			.map((door) -> door.getKey() + " answered " + door.getValue())
			.toList();
		assertThat(wrong).isEmpty();
		Evidence.figure(REPORT, "doors tried without the right group", doors.size());
	}

	@Test
	void shouldSendSecurityHeaders() throws Exception {
		for (String page : List.of("/portal/login", "/portal/register", "/console/login", "/activate?token=x",
				"/portal/password-reset/new?token=x", "/")) {
			Http.Response response = new Http(this.world.port).get(page);
			Evidence.count(REPORT, "pages checked for security headers");
			assertThat(response.header("Content-Security-Policy")).as(page)
				.contains("frame-ancestors 'none'")
				.contains("default-src 'self'")
				.doesNotContain("unsafe-inline");
			assertThat(response.header("X-Frame-Options")).as(page).isEqualTo("DENY");
			assertThat(response.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
			assertThat(response.header("Strict-Transport-Security")).as(page + " over plain HTTP").isNull();
		}
		for (String tokenPage : List.of("/activate?token=x", "/portal/password-reset/new?token=x")) {
			Http.Response response = new Http(this.world.port).get(tokenPage);
			assertThat(response.header("Cache-Control")).as(tokenPage).contains("no-store");
			assertThat(response.header("Referrer-Policy")).as(tokenPage).isIn("no-referrer", "same-origin");
		}
		Http.Response api = new Http(this.world.port).postJson("/api/portal/authenticate", Map.of());
		assertThat(api.header("Cache-Control")).contains("no-store");
		assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		for (String page : List.of("/portal/login", "/console/login", "/activate", "/api/clients")) {
			MvcResult secure = mvc.perform(get(page).secure(true)).andReturn();
			assertThat(secure.getResponse().getHeader("Strict-Transport-Security")).as(page + " over HTTPS")
				.contains("max-age=")
				.contains("includeSubDomains");
		}
	}

	/** Records the door's answer when it is none of the expected ones. */
	private void expect(Map<String, Integer> doors, String door, Http.Response response, Integer... statuses) {
		Evidence.count(REPORT, "doors tried without the right group");
		doors.put(door, List.of(statuses).contains(response.status()) ? null : response.status());
	}

	private void timing(String name, Supplier<Http.Response> known, Supplier<Http.Response> unknown) {
		int rounds = 41;
		for (int i = 0; i < 5; i++) {
			known.get();
			unknown.get();
		}
		long[] knownTimes = new long[rounds];
		long[] unknownTimes = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			this.throttle.clear();
			knownTimes[i] = time(known);
			unknownTimes[i] = time(unknown);
			Evidence.count(REPORT, "timed probes: " + name);
			Evidence.count(REPORT, "timed probes: " + name);
		}
		double knownMedian = median(knownTimes);
		double unknownMedian = median(unknownTimes);
		Evidence.figure(REPORT, "median ms, known / unknown e-mail: " + name, String.format(java.util.Locale.ROOT,
				"%.1f / %.1f (bound %d ms, %d calls each)", knownMedian, unknownMedian, TIMING_BOUND_MS, rounds));
		assertThat(Math.abs(knownMedian - unknownMedian))
			.as(name + ": known %.1f ms, unknown %.1f ms", knownMedian, unknownMedian)
			.isLessThan(TIMING_BOUND_MS);
	}

	private static long time(Supplier<Http.Response> call) {
		long start = System.nanoTime();
		Http.Response response = call.get();
		long elapsed = System.nanoTime() - start;
		assertThat(response.status()).isLessThan(500);
		return elapsed;
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1_000_000.0;
	}

	private Map<String, Object> registration(String email) {
		return Map.of("firstName", "Probe", "lastName", "Person", "email", email, "mobile", "+33 6 12 34 56 78",
				"company", this.world.ids.get("clientName"), "requestedRole", "REQUESTER");
	}

	private String resetRequest(String email) {
		Http.Response response = postReset(email);
		return response.status() + " " + response.body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	private Http.Response postReset(String email) {
		return postWithCsrf("/portal/password-reset", "/portal/password-reset", "email", email);
	}

	private String registerPage(String email) {
		Http.Response response = postWithCsrf("/portal/register", "/portal/register", "firstName", "Probe", "lastName",
				"Person", "email", email, "mobile", "+33 6 12 34 56 78", "company", this.world.ids.get("clientName"),
				"requestedRole", "REQUESTER", "language", "");
		return response.status() + " " + response.body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	/** A visitor's form post with the CSRF field of the page it came from. */
	private Http.Response postWithCsrf(String path, String page, String... namesAndValues) {
		Http visitor = new Http(this.world.port);
		String csrf = visitor.get(page).csrf();
		String[] fields = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
		fields[namesAndValues.length] = "_csrf";
		fields[namesAndValues.length + 1] = csrf;
		return visitor.postFields(path, fields);
	}

	private Http consoleWithoutCsrf() {
		Http console = new Http(this.world.port);
		Http.Response signedIn = console.postForm("/console/login", Map.of("_csrf",
				console.get("/console/login").csrf(), "username", "admin", "password", "Admin-password-1"));
		assertThat(signedIn.header("Location")).endsWith("/console/clients");
		return console;
	}

	private Http.Response consoleSignIn(String user) {
		Http console = new Http(this.world.port);
		console.postForm("/console/login", Map.of("_csrf", console.get("/console/login").csrf(), "username", user,
				"password", TestStaff.PASSWORD));
		return console.get("/console/clients");
	}

	private Http managerWithoutCsrf() {
		return ActiveContacts.session(this.world.port,
				new ActiveContacts.Person(this.world.ids.get("manager"), null, this.world.ids.get("managerEmail")),
				"Fuzz-password-1");
	}

	/** Signs in to a Camunda webapp as its login page does. */
	private Http.Response webappSignIn(String user, String app) {
		Http browser = new Http(this.world.port);
		Http.Response page = browser.get("/camunda/app/" + app + "/default/");
		String xsrf = page.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.map((cookie) -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from " + app));
		return browser.header("X-XSRF-TOKEN", xsrf)
			.postFields("/camunda/api/admin/auth/user/default/login/" + app, "username", user, "password",
					TestStaff.PASSWORD);
	}

	private String pendingTask() {
		String email = unknown();
		this.world.anyone.postJson("/api/registrations", registration(email));
		String accessId = this.world.staff.get("/api/contacts?email=" + email).json().at("/access/id").asText();
		return this.world.approver.get("/engine-rest/task?processInstanceBusinessKey=" + accessId)
			.json()
			.get(0)
			.get("id")
			.asText();
	}

	private ActiveContacts contacts() {
		return new ActiveContacts(this.world.staff, this.context.getBean(org.camunda.bpm.engine.RuntimeService.class),
				this.context.getBean(org.camunda.bpm.engine.ManagementService.class),
				this.context.getBean(io.guichet.access.Activation.class));
	}

	private static String resetToken(MimeMessage mail) {
		Matcher matcher = RESET_LINK.matcher(TestMail.body(mail));
		assertThat(matcher.find()).as(TestMail.body(mail)).isTrue();
		return matcher.group(1);
	}

	private static String unknown() {
		return "unknown-" + UUID.randomUUID() + "@example.com";
	}

	private static String random() {
		byte[] bytes = new byte[32];
		new java.security.SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String sha256(String raw) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
	}

}
