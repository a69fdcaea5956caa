package io.guichet.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.guichet.access.Activation;
import io.guichet.common.Throttle;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the bad-input properties fire at: the suite's application context (jqwik runs
 * outside Spring's JUnit extension, so the context is taken from Spring's cache by hand),
 * callers of every kind and one set of records to aim at. Also counts the rows of every
 * table a refused call could have written.
 */
final class FuzzWorld {

	private static final Map<Class<?>, TestContextManager> SPRING = new java.util.concurrent.ConcurrentHashMap<>();

	private static FuzzWorld world;

	final ApplicationContext context;

	final int port;

	final Http staff;

	final Http admin;

	final Http approver;

	final Http anyone;

	/** A manager's portal session with its CSRF header. */
	final Http manager;

	/** An admin's console session with its CSRF header. */
	final Http console;

	/** A visitor's portal session (not signed in) with its CSRF header. */
	final Http visitor;

	final Map<String, String> ids = new LinkedHashMap<>();

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	private FuzzWorld(ApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		this.tables = tables(context.getBean(DataSource.class));
		TestStaff.ensure(context.getBean(IdentityService.class));
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.admin = new Http(this.port).as("admin", "Admin-password-1");
		this.approver = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		this.anyone = new Http(this.port);
		ActiveContacts contacts = new ActiveContacts(this.staff, context.getBean(RuntimeService.class),
				context.getBean(ManagementService.class), context.getBean(Activation.class));
		String clientName = "Fuzz Client " + UUID.randomUUID();
		String client = this.staff
			.postJson("/api/clients",
					Map.of("name", clientName, "language", "en", "accountManager", TestStaff.APPROVER))
			.json()
			.get("id")
			.asText();
		this.ids.put("client", client);
		this.ids.put("clientName", clientName);
		Person managerPerson = contacts.activate(client, "MANAGER", "Fuzz-password-1", Map.of());
		Person member = contacts.activate(client, "REQUESTER", "Fuzz-password-1", Map.of());
		this.ids.put("manager", managerPerson.id());
		this.ids.put("managerEmail", managerPerson.email());
		this.ids.put("member", member.id());
		this.ids.put("memberEmail", member.email());
		this.ids.put("access", member.accessId());
		String email = "card-" + UUID.randomUUID() + "@example.com";
		this.ids.put("contactEmail", email);
		this.ids.put("contact",
				this.staff
					.postJson("/api/contacts",
							Map.of("clientId", client, "firstName", "Carla", "lastName", "Card", "email", email,
									"mobile", "+33 6 11 22 33 44", "role", "REQUESTER", "invite", false))
					.json()
					.get("id")
					.asText());
		Http.Response project = this.staff.postJson("/api/projects", Map.of("name", "Fuzz Project " + UUID.randomUUID(),
				"clients", List.of(Map.of("clientId", client, "primary", true))));
		assertThat(project.status()).as(project.body()).isEqualTo(201);
		this.ids.put("project", project.json().get("id").asText());
		Http.Response assigned = this.staff.postJson("/api/projects/" + this.ids.get("project") + "/contacts",
				Map.of("contactId", member.id(), "hourlyRate", 50));
		assertThat(assigned.status()).as(assigned.body()).isLessThan(300);
		var upload = new Multipart().field("title", "Fuzz contract")
			.file("file", "contract.pdf", "application/pdf", "%PDF-1.4 fuzz".getBytes())
			.post(this.port, "/api/clients/" + client + "/documents", TestStaff.STAFF, TestStaff.PASSWORD);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		this.ids.put("document", new Http.Response(201, upload.body(), "", null).json().get("id").asText());
		this.manager = ActiveContacts.signIn(this.port, managerPerson, "Fuzz-password-1");
		this.console = new Http(this.port);
		Http.Response signedIn = this.console.postForm("/console/login", Map.of("_csrf",
				this.console.get("/console/login").csrf(), "username", "admin", "password", "Admin-password-1"));
		assertThat(signedIn.header("Location")).endsWith("/console/clients");
		this.console.header("X-CSRF-TOKEN", this.console.get("/console/clients/new").csrf());
		this.visitor = new Http(this.port);
		this.visitor.header("X-CSRF-TOKEN", this.visitor.get("/portal/register").csrf());
	}

	static synchronized FuzzWorld get(Class<?> testClass) {
		if (world == null) {
			world = new FuzzWorld(spring(testClass).getTestContext().getApplicationContext());
		}
		return world;
	}

	/**
	 * Spring's test lifecycle for a jqwik container: the listeners of
	 * {@code @GuichetTest} (process-test coverage among them) need their class and method
	 * callbacks.
	 */
	static synchronized TestContextManager spring(Class<?> testClass) {
		return SPRING.computeIfAbsent(testClass, TestContextManager::new);
	}

	/** Before the only property of a container. */
	static void beforeProperty(Object test) throws Exception {
		spring(test.getClass()).beforeTestMethod(test, property(test));
	}

	static void afterProperty(Object test) throws Exception {
		spring(test.getClass()).afterTestMethod(test, property(test), null);
	}

	private static java.lang.reflect.Method property(Object test) {
		return java.util.Arrays.stream(test.getClass().getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(net.jqwik.api.Property.class))
			.findFirst()
			.orElseThrow();
	}

	/** A path with its {@code {name}} placeholders filled from the records above. */
	String fill(String template) {
		String path = template;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		return path;
	}

	/**
	 * Forgets failed attempts (the properties test input handling, not the throttle) and
	 * waits until background e-mail work has settled, so that row counts are stable.
	 */
	void settle() {
		this.context.getBean(Throttle.class).clear();
		ThreadPoolTaskExecutor mail = this.context.getBean("asyncExecutor", ThreadPoolTaskExecutor.class);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> mail.getActiveCount() == 0 && mail.getThreadPoolExecutor().getQueue().isEmpty());
	}

	/** Rows per table: Guichet's own tables and the engine's runtime tables. */
	Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : this.tables) {
			rows.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return rows;
	}

	private static List<String> tables(DataSource dataSource) {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet result = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (result.next()) {
					String name = result.getString("TABLE_NAME");
					String lower = name.toLowerCase(Locale.ROOT);
					// event_publication: events of earlier, accepted requests, delivered
					// and
					// deleted in the background
					boolean engine = lower.startsWith("act_") || lower.startsWith("qrtz_")
							|| lower.equals("event_publication");
					if ((!engine && !lower.contains("flyway")) || lower.equals("act_ru_execution")
							|| lower.equals("act_ru_task") || lower.equals("act_ru_variable")
							|| lower.equals("act_ru_job")) {
						tables.add(name);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(tables).as("Guichet's tables").hasSizeGreaterThan(5);
		return tables;
	}

}
