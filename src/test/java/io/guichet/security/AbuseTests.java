package io.guichet.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.guichet.access.Activation;
import io.guichet.common.Throttle;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.ConsoleSession;
import io.guichet.support.Evidence;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stranger on one address trying to lock staff out, flood approvers and contacts, or
 * read cookies sent in clear: each attack is a bounded loop against 127.0.0.1, its
 * figures counted for docs/RELIABILITY.md. The throttle's budgets are the defaults (every
 * test starts with them full).
 */
@GuichetTest
class AbuseTests {

	static final String REPORT = "abuse";

	private static final String VICTIM_PASSWORD = "Victim-password-123";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Activation activation;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("asyncExecutor")
	ThreadPoolTaskExecutor asyncExecutor;

	@Autowired
	Throttle throttle;

	ExecutorService attackers;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.attackers = Executors.newFixedThreadPool(8);
	}

	@AfterEach
	void tearDown() {
		this.attackers.shutdownNow();
		ClockUtil.reset();
	}

	@AfterAll
	static void report() {
		Evidence.write(REPORT, "Abuse tried");
	}

	@Test
	void shouldStopGuessedStaffPasswordsBeforeCamundaCountsThemAtEveryDoor() throws Exception {
		String victim = victim();
		Map<String, Supplier<Http.Response>> doors = Map.of("HTTP Basic on /api",
				() -> new Http(this.port).as(victim, "wrong-" + UUID.randomUUID()).get("/api/clients"),
				"HTTP Basic on /engine-rest",
				() -> new Http(this.port).as(victim, "wrong-" + UUID.randomUUID()).get("/engine-rest/task"),
				"console sign-in", () -> consoleSignIn(victim, "wrong-" + UUID.randomUUID()),
				"Camunda webapps' sign-in", () -> camundaSignIn(victim, "wrong-" + UUID.randomUUID()));
		for (Map.Entry<String, Supplier<Http.Response>> door : doors.entrySet()) {
			this.identity.unlockUser(victim);
			clearThrottle();
			List<Http.Response> answers = burst(30, door.getValue());
			long refused = answers.stream().filter((answer) -> answer.status() == 429).count();
			for (Http.Response answer : answers) {
				Evidence.count(REPORT, "wrong staff password: " + door.getKey());
				assertThat(answer.status()).as(door.getKey() + ": " + answer.body()).isIn(401, 302, 429);
				if (answer.status() == 429) {
					assertThat(Long.parseLong(answer.header("Retry-After"))).as(door.getKey()).isPositive();
				}
			}
			int counted = attempts(victim);
			assertThat(counted).as(door.getKey() + ": wrong passwords Camunda saw").isLessThanOrEqualTo(5);
			assertThat(refused).as(door.getKey()).isGreaterThanOrEqualTo(25);
			Evidence.figure(REPORT,
					"wrong staff passwords sent to Camunda, of 30 at once from one address: " + door.getKey(),
					(30 - refused) + " (before: 30)");
		}
		assertThat(new Http(this.port).as(victim, "wrong").get("/api/clients").header("Retry-After")).isNotNull();
		assertThat(new Http(this.port).get("/console/login").status()).isEqualTo(200);
		Http.Response page = consoleSignIn(victim, "wrong");
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.body()).contains("Too many wrong passwords from your connection");
		assertThat(new Http(this.port).language("fr").as(victim, "wrong").get("/api/clients").body())
			.contains("Trop de mots de passe erronés");
	}

	@Test
	void shouldTakeManyCallsAtOnceWithTheRightPasswordFromOneAddress() throws Exception {
		// a new user: no sign-in of theirs is known yet, every call checks the password
		String integration = victim();
		List<Http.Response> answers = burst(30,
				() -> new Http(this.port).as(integration, VICTIM_PASSWORD).get("/api/clients?size=1"));
		assertThat(answers).as("30 calls at once from one address with the right password")
			.allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
		Evidence.figure(REPORT, "calls at once from one address with the right password, answered 200", "30 of 30");
	}

	@Test
	void shouldNeverLetStrangersLockAStaffAccountLongerThanAMinute() {
		String victim = victim();
		// twelve wrong passwords reach Camunda (from twelve addresses): Camunda's default
		// locked the account for good at the tenth
		for (int i = 0; i < 12; i++) {
			ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + i * 61_000L));
			Http.Response wrong = new Http(this.port).header("X-Forwarded-For", "198.51.100." + (i + 1))
				.as(victim, "wrong-" + i)
				.get("/api/clients");
			assertThat(wrong.status()).as("wrong password %d", i).isEqualTo(401);
		}
		assertThat(attempts(victim)).isEqualTo(12);
		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 12 * 61_000L + 61_000L));
		assertThat(new Http(this.port).as(victim, VICTIM_PASSWORD).get("/api/clients").status())
			.as("a minute after the last wrong password, the right one opens")
			.isEqualTo(200);
		Evidence.figure(REPORT, "longest lock after 12 wrong staff passwords from 12 addresses",
				"60 s (before: permanent from the 10th)");
	}

	@Test
	void shouldLetAnAdminUnlockAStaffUserFromTheConsole() {
		String victim = victim();
		// from another address than the staff's below
		for (int i = 0; i < 4; i++) {
			new Http(this.port).header("X-Forwarded-For", "198.51.100.66").as(victim, "wrong-" + i).get("/api/clients");
		}
		assertThat(new Http(this.port).header("X-Forwarded-For", "198.51.100.66")
			.as(victim, VICTIM_PASSWORD)
			.get("/api/clients")
			.status()).as("waiting after wrong passwords").isEqualTo(401);

		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		assertThat(staff.get("/console/staff").status()).as("admins only").isEqualTo(403);
		assertThat(staff.post("/console/staff/" + victim + "/unlock").status()).isEqualTo(403);

		ConsoleSession admin = ConsoleSession.signIn(this.port, "admin", "fr", "Admin-password-1");
		Http.Response accounts = admin.get("/console/staff");
		assertThat(accounts.status()).isEqualTo(200);
		assertThat(accounts.body()).contains("Comptes du personnel")
			.containsPattern("(?s)id=\"staff-" + victim + "\".*?En attente jusqu");
		Http.Response unlocked = admin.post("/console/staff/" + victim + "/unlock");
		assertThat(unlocked.status()).isEqualTo(302);
		assertThat(admin.follow(unlocked).body()).contains("L&#39;utilisateur " + victim + " peut de nouveau");
		assertThat(attempts(victim)).isZero();
		assertThat(new Http(this.port).as(victim, VICTIM_PASSWORD).get("/api/clients").status()).isEqualTo(200);
	}

	@Test
	void shouldKeepAFloodOfRegistrationsFromOneAddressWithinItsBudget() throws Exception {
		long accessesBefore = count("portal_access");
		long instancesBefore = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("ContactOnboarding")
			.count();
		List<Http.Response> api = burst(50,
				() -> new Http(this.port).postJson("/api/registrations",
						Map.of("firstName", "Flood", "lastName", "Stranger", "email",
								"flood-" + UUID.randomUUID() + "@example.com", "mobile", "+33 6 00 00 00 00", "company",
								"Flood Inc", "requestedRole", "REQUESTER")));
		long accepted = api.stream().filter((answer) -> answer.status() == 202).count();
		for (Http.Response answer : api) {
			Evidence.count(REPORT, "self-registration (POST /api/registrations)");
			assertThat(answer.status()).as(answer.body()).isIn(202, 429);
			if (answer.status() == 429) {
				assertThat(answer.contentType()).contains("application/problem+json");
				assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
			}
		}
		assertThat(accepted).isEqualTo(10);
		Http.Response page = registerOnPage();
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.body()).contains("Too many attempts from your connection");
		assertThat(count("portal_access") - accessesBefore).isEqualTo(accepted);
		long instances = this.runtime.createProcessInstanceQuery().processDefinitionKey("ContactOnboarding").count()
				- instancesBefore;
		assertThat(instances).as("review tasks created").isEqualTo(accepted);
		Evidence.figure(REPORT, "review tasks created by 50 registrations sent at once from one address",
				instances + " (before: 50)");

		assertThat(new Http(this.port).header("X-Forwarded-For", "203.0.113.9")
			.postJson("/api/registrations",
					Map.of("firstName", "Other", "lastName", "Office", "email",
							"office-" + UUID.randomUUID() + "@example.com", "mobile", "+33 6 00 00 00 01", "company",
							"Flood Inc", "requestedRole", "REQUESTER"))
			.status()).as("another address has its own budget").isEqualTo(202);
	}

	@Test
	void shouldCountEachContactsAddressWhenAPortalServerRelaysItsSignIns() {
		Http staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		ActiveContacts contacts = new ActiveContacts(staff, this.runtime, this.management, this.activation);
		Person person = contacts.activate(contacts.client("Relayed ", "en"), "REQUESTER", "Relayed-password-123",
				Map.of());
		// the portal's server (a trusted, private address) names each contact's address
		for (int i = 0; i < 12; i++) {
			new Http(this.port).header("X-Forwarded-For", "203.0.113.77")
				.postJson("/api/portal/authenticate", Map.of("email", person.email(), "password", "Wrong-" + i));
		}
		assertThat(new Http(this.port).header("X-Forwarded-For", "203.0.113.77")
			.postJson("/api/portal/authenticate", Map.of("email", person.email(), "password", "Relayed-password-123"))
			.status()).as("the guessing address").isEqualTo(429);
		assertThat(new Http(this.port).header("X-Forwarded-For", "203.0.113.78")
			.postJson("/api/portal/authenticate", Map.of("email", person.email(), "password", "Relayed-password-123"))
			.status()).as("another contact's address, through the same server").isEqualTo(200);
	}

	@Test
	void shouldSendOneResetMailPerContactWhateverTheNumberOfRequests() throws Exception {
		Http staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		ActiveContacts contacts = new ActiveContacts(staff, this.runtime, this.management, this.activation);
		Person person = contacts.activate(contacts.client("Reset flood ", "en"), "REQUESTER", "Reset-flood-password-1",
				Map.of());
		int before = TestMail.to(person.email()).size();
		// 35 requests for one contact, each from its own address (so no address budget
		// applies), and one for an unknown address
		List<Callable<Http.Response>> requests = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			String address = "198.51.100." + (100 + i);
			requests.add(() -> resetRequest(address, person.email()));
		}
		List<Http.Response> answers = new ArrayList<>();
		for (Future<Http.Response> answer : this.attackers.invokeAll(requests)) {
			answers.add(answer.get());
		}
		Http.Response unknown = resetRequest("198.51.100.250", "nobody-" + UUID.randomUUID() + "@example.com");
		for (Http.Response answer : answers) {
			Evidence.count(REPORT, "password-reset request for one contact");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(withoutCsrf(answer)).isEqualTo(withoutCsrf(unknown));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(person.email()).size() > before);
		settle();
		int sent = TestMail.to(person.email()).size() - before;
		assertThat(sent).as("reset e-mails for 35 requests").isEqualTo(1);
		Evidence.figure(REPORT, "reset e-mails for 35 requests for one contact at once", sent + " (before: 35)");

		// staff are told when the last link is too recent
		Http.Response staffReset = staff.postJson("/api/contacts/" + person.id() + "/password-reset", "{}");
		assertThat(staffReset.status()).isEqualTo(409);
		assertThat(staffReset.body()).contains("a moment ago");

		// one address: five requests an hour, whatever the e-mail
		List<Http.Response> fromOne = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			fromOne.add(resetRequest(null, "someone-" + i + "@example.com"));
		}
		assertThat(fromOne).extracting(Http.Response::status).containsExactly(200, 200, 200, 200, 200, 429, 429);
		assertThat(fromOne.get(6).header("Retry-After")).isNotNull();
	}

	@Test
	void shouldMarkCookiesSecureWhenTheRequestCameOverHttps() {
		Http.Response proxied = new Http(this.port).header("X-Forwarded-Proto", "https").get("/console/login");
		assertThat(cookie(proxied, "JSESSIONID")).contains("Secure").contains("HttpOnly");
		Http.Response plain = new Http(this.port).get("/console/login");
		assertThat(cookie(plain, "JSESSIONID")).doesNotContain("Secure");
		Http.Response portal = new Http(this.port).header("X-Forwarded-Proto", "https").get("/portal/login");
		assertThat(cookie(portal, "JSESSIONID")).contains("Secure");
	}

	private String victim() {
		String id = "victim" + UUID.randomUUID().toString().substring(0, 8);
		User user = this.identity.newUser(id);
		user.setFirstName("Victim");
		user.setLastName("Test");
		user.setEmail(id + "@staff.test");
		user.setPassword(VICTIM_PASSWORD);
		this.identity.saveUser(user);
		this.identity.createMembership(id, "guichet-staff");
		return id;
	}

	private int attempts(String user) {
		Integer attempts = this.jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class,
				user);
		return (attempts != null) ? attempts : 0;
	}

	private long count(String table) {
		Long rows = this.jdbc.queryForObject("select count(*) from " + table, Long.class);
		return (rows != null) ? rows : 0;
	}

	private List<Http.Response> burst(int requests, Supplier<Http.Response> request) throws Exception {
		List<Callable<Http.Response>> calls = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			calls.add(request::get);
		}
		List<Http.Response> answers = new ArrayList<>();
		for (Future<Http.Response> answer : this.attackers.invokeAll(calls)) {
			answers.add(answer.get());
		}
		return answers;
	}

	private Http.Response consoleSignIn(String user, String password) {
		Http http = new Http(this.port);
		return http.postForm("/console/login",
				Map.of("_csrf", http.get("/console/login").csrf(), "username", user, "password", password));
	}

	private Http.Response camundaSignIn(String user, String password) {
		Http http = new Http(this.port);
		Http.Response app = http.get("/camunda/app/tasklist/default/");
		String xsrf = cookie(app, "XSRF-TOKEN").substring("XSRF-TOKEN=".length()).split(";")[0];
		return http.header("X-XSRF-TOKEN", xsrf)
			.postFields("/camunda/api/admin/auth/user/default/login/tasklist", "username", user, "password", password);
	}

	private Http.Response registerOnPage() {
		Http http = new Http(this.port);
		String csrf = http.get("/portal/register").csrf();
		return http.postForm("/portal/register",
				Map.of("_csrf", csrf, "firstName", "Page", "lastName", "Flood", "email",
						"page-" + UUID.randomUUID() + "@example.com", "mobile", "+33 6 00 00 00 02", "company",
						"Flood Inc", "requestedRole", "REQUESTER"));
	}

	private Http.Response resetRequest(String address, String email) {
		Http http = new Http(this.port);
		if (address != null) {
			http.header("X-Forwarded-For", address);
		}
		String csrf = http.get("/portal/password-reset").csrf();
		return http.postForm("/portal/password-reset", Map.of("_csrf", csrf, "email", email));
	}

	private static String withoutCsrf(Http.Response response) {
		return response.body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	private static String cookie(Http.Response response, String name) {
		return response.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie from " + response.raw().uri()));
	}

	/** The budgets are full at the start of each test; each door here starts again. */
	private void clearThrottle() {
		this.throttle.clear();
	}

	/** Waits until the background work (reset requests, e-mail deliveries) is done. */
	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.asyncExecutor.getActiveCount() == 0
					&& this.asyncExecutor.getThreadPoolExecutor().getQueue().isEmpty());
	}

}
