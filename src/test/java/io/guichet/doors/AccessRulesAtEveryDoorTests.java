package io.guichet.doors;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import javax.sql.DataSource;

import io.guichet.access.Activation;
import io.guichet.access.process.LifecycleProcess;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import io.guichet.support.Writes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules on an access and a client, the same on the API, the console and the portal: only
 * the sponsor or an admin revokes an access or changes its rights (a client's manager
 * removes its own colleagues); only admins set a client's inactivity period, between 1
 * and 3,650 days, and the lifecycles of its contacts follow the change whichever door
 * made it.
 */
@GuichetTest
class AccessRulesAtEveryDoorTests {

	private static final String PASSWORD = "Door-password-12345";

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
	DataSource dataSource;

	private Doors doors;

	private Writes writes;

	private ActiveContacts contacts;

	private String clientId;

	/** Sponsored by TestStaff.STAFF, not by the approver. */
	private Person target;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.doors = new Doors(this.port);
		this.writes = new Writes(this.dataSource);
		this.contacts = new ActiveContacts(this.doors.staff, this.runtime, this.management, this.activation);
		this.clientId = this.contacts.client("Rules ", "en");
		this.target = this.contacts.activate(this.clientId, "REQUESTER", PASSWORD, Map.of());
	}

	@Test
	void shouldLetOnlyTheSponsorOrAnAdminRevokeOrChangeRights() {
		String contact = "/api/contacts/" + this.target.id();
		assertThat(this.writes
			.none("revocation by another staff user", () -> this.doors.approver.postJson(contact + "/revocation", "{}"))
			.status()).isEqualTo(403);
		assertThat(this.writes
			.none("rights by another staff user",
					() -> this.doors.approver.send("PUT", contact + "/access", Map.of("role", "MANAGER")))
			.status()).isEqualTo(403);
		ConsoleSession console = ConsoleSession.signIn(this.port, TestStaff.APPROVER, "en");
		console.get("/console/contacts/" + this.target.id() + "?tab=access");
		assertThat(
				this.writes
					.none("console revocation by another staff user",
							() -> console.post("/console/contacts/" + this.target.id() + "/revocation", "confirmed",
									"true"))
					.status())
			.isEqualTo(403);
		assertThat(this.writes
			.none("console rights by another staff user",
					() -> console.post("/console/contacts/" + this.target.id() + "/rights", "role", "MANAGER"))
			.status()).isEqualTo(403);
		assertThat(this.doors.admin.send("PUT", contact + "/access", Map.of("role", "OBSERVER")).status())
			.isEqualTo(204);
		assertThat(this.doors.staff.postJson(contact + "/revocation", "{}").status()).as("the sponsor").isEqualTo(202);
		assertThat(this.doors.admin.get(contact).json().at("/access/state").asText()).isEqualTo("REVOKED");
	}

	@Test
	void shouldLetAClientsManagerRemoveItsColleagueFromThePortal() {
		Person manager = this.contacts.activate(this.clientId, "MANAGER", PASSWORD, Map.of());
		Http portal = ActiveContacts.signIn(this.port, manager, PASSWORD);
		assertThat(portal.postJson("/portal/api/team/" + this.target.id() + "/revocation", Map.of("notify", false))
			.status()).isEqualTo(202);
		assertThat(this.doors.admin.get("/api/contacts/" + this.target.id()).json().at("/access/state").asText())
			.isEqualTo("REVOKED");
	}

	@Test
	void shouldKeepTheInactivityPeriodToAdminsWithinItsLimitsOnBothDoors() {
		String period = "/api/clients/" + this.clientId + "/inactivity-period";
		Http.Response byStaff = this.writes.none("period by staff",
				() -> this.doors.staff.send("PUT", period, Map.of("period", "P10D")));
		assertThat(byStaff.status()).isEqualTo(403);
		// the reason, in the caller's language
		assertThat(byStaff.json().get("detail").asText()).isEqualTo("Only admins set a client's inactivity period.");
		assertThat(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.send("PUT", period, Map.of("period", "P10D"))
			.json()
			.get("detail")
			.asText()).isEqualTo("Seuls les administrateurs fixent la période d'inactivité d'un client.");
		assertThat(this.writes
			.none("period of eleven years", () -> this.doors.admin.send("PUT", period, Map.of("period", "P4000D")))
			.status()).isEqualTo(400);
		ConsoleSession staffConsole = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		staffConsole.get("/console/clients/" + this.clientId + "?tab=details");
		assertThat(
				this.writes
					.none("console period by staff",
							() -> staffConsole.post("/console/clients/" + this.clientId + "/inactivity-period", "days",
									"10"))
					.status())
			.isEqualTo(403);
		staffConsole.get("/console/clients/" + this.clientId + "?tab=details");
		assertThat(staffConsole.post("/console/clients/" + this.clientId + "/inactivity-period", "days", "10").body())
			.contains("Only admins set a client&#39;s inactivity period.");
		ConsoleSession adminConsole = ConsoleSession.signIn(this.port, "admin", "en", Doors.ADMIN_PASSWORD);
		adminConsole.get("/console/clients/" + this.clientId + "?tab=details");
		Http.Response tooLong = this.writes.none("console period of eleven years",
				() -> adminConsole.post("/console/clients/" + this.clientId + "/inactivity-period", "days", "4000"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("between 1 and 3650");
	}

	@Test
	void shouldReArmTheLifecyclesWhenTheConsoleChangesThePeriod() {
		ConsoleSession adminConsole = ConsoleSession.signIn(this.port, "admin", "en", Doors.ADMIN_PASSWORD);
		adminConsole.get("/console/clients/" + this.clientId + "?tab=details");
		assertThat(adminConsole.post("/console/clients/" + this.clientId + "/inactivity-period", "days", "8").status())
			.isEqualTo(302);
		awaitNextCheckBefore(Instant.now().plus(9, ChronoUnit.DAYS));
	}

	@Test
	void shouldReArmTheLifecyclesWhenTheApiChangesThePeriod() {
		assertThat(this.doors.admin
			.send("PUT", "/api/clients/" + this.clientId + "/inactivity-period", Map.of("period", "P8D"))
			.status()).isEqualTo(204);
		awaitNextCheckBefore(Instant.now().plus(9, ChronoUnit.DAYS));
	}

	/**
	 * The lifecycle's timer, due 25 days from now at first, falls due before the bound.
	 */
	private void awaitNextCheckBefore(Instant bound) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Job timer = this.management.createJobQuery()
				.processDefinitionKey(LifecycleProcess.KEY)
				.processInstanceId(this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(LifecycleProcess.KEY)
					.processInstanceBusinessKey(this.target.accessId())
					.singleResult()
					.getId())
				.timers()
				.singleResult();
			assertThat(timer).isNotNull();
			assertThat(timer.getDuedate()).isBefore(Date.from(bound));
		});
	}

}
