package io.guichet.access;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import io.guichet.access.process.LifecycleProcess;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.NewClient;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactDetails;
import io.guichet.support.GuichetTest;
import io.guichet.support.Jobs;
import io.guichet.support.NewContacts;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * processes/AccessLifecycle.bpmn: expiry after the inactivity period or on the fixed
 * date, the warning first, revocation, and logins that never touch the engine. Time moves
 * with Camunda's clock and the timers run through their jobs.
 */
@GuichetTest
class AccessLifecycleProcessTests {

	private static final String PASSWORD = "lifecycle-password-1";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ClientEditing clientEditing;

	@Autowired
	Onboarding onboarding;

	@Autowired
	Activation activation;

	@Autowired
	PortalSignIn signIn;

	@Autowired
	AccessAdmin admin;

	@Autowired
	ContactQueries queries;

	@Autowired
	DataSource dataSource;

	@Autowired
	PortalAccessRepository accesses;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	Instant start;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		TestStaff.ensure(this.identity);
		// the start of a day, so that day arithmetic stays readable
		this.start = LocalDate.now().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().plusSeconds(3600);
		at(this.start);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldWarnAtDay25AndExpireAtDay30WithoutLoginAndSendTheNoticeOnce() {
		Activated contact = activate(client(null));
		ProcessInstance lifecycle = lifecycle(contact.accessId());
		assertThat(lifecycle).isWaitingAt(LifecycleProcess.GATEWAY_WAIT_FOR_DEADLINE);
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(25));

		fireTimer(lifecycle);
		assertThat(lifecycle).isWaitingAt(LifecycleProcess.TASK_SEND_EXPIRY_WARNING);
		Jobs.runDue(this.management, lifecycle.getId());
		assertThat(TestMail.awaitMails(contact.email(), 2)).hasSize(2);
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(30));

		at(day(29));
		Jobs.runDue(this.management, lifecycle.getId());
		assertThat(state(contact)).isEqualTo(AccessState.ACTIVE);

		fireTimer(lifecycle);
		assertThat(state(contact)).isEqualTo(AccessState.EXPIRED);
		Jobs.runDue(this.management, lifecycle.getId());
		assertThat(lifecycle).isEnded().hasPassed(LifecycleProcess.TASK_EXPIRE_ACCESS, LifecycleProcess.END_EXPIRED);
		assertThat(TestMail.awaitMails(contact.email(), 3)).hasSize(3);
		Jobs.runDue(this.management, lifecycle.getId());
		assertThat(TestMail.to(contact.email())).as("the notice goes out once").hasSize(3);
		assertThat(this.signIn.authenticate(contact.email(), PASSWORD)).isEmpty();

		this.onboarding.requestInvitation(contact.contactId(), Actor.staff(TestStaff.STAFF));
		assertThat(state(contact)).as("an expired contact can be invited again").isEqualTo(AccessState.INVITED);
	}

	@Test
	void shouldMoveTheDeadlinesWithALoginOnDay20() {
		Activated contact = activate(client(null));
		ProcessInstance lifecycle = lifecycle(contact.accessId());

		at(day(20));
		assertThat(this.signIn.authenticate(contact.email(), PASSWORD)).isPresent();
		fireTimer(lifecycle);
		assertThat(lifecycle).as("fired early: re-armed, no warning")
			.isWaitingAt(LifecycleProcess.GATEWAY_WAIT_FOR_DEADLINE);
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(45));
		assertThat(TestMail.to(contact.email())).hasSize(1);

		fireTimer(lifecycle);
		Jobs.runDue(this.management, lifecycle.getId());
		assertThat(TestMail.awaitMails(contact.email(), 2)).hasSize(2);
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(50));

		at(day(49));
		assertThat(state(contact)).isEqualTo(AccessState.ACTIVE);
		fireTimer(lifecycle);
		assertThat(state(contact)).isEqualTo(AccessState.EXPIRED);
	}

	@Test
	void shouldKeepNoDeadlineVariablesAndUpdateThoseOfAnOlderInstance() {
		Activated contact = activate(client(null));
		ProcessInstance lifecycle = lifecycle(contact.accessId());
		assertThat(this.runtime.getVariables(lifecycle.getId())).doesNotContainKeys("outcome", "nextCheckAt");
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(25));

		// as an instance started when they were persisted
		this.runtime.setVariable(lifecycle.getId(), "outcome", "WAIT");
		this.runtime.setVariable(lifecycle.getId(), "nextCheckAt", Date.from(day(25)));
		at(day(20));
		assertThat(this.signIn.authenticate(contact.email(), PASSWORD)).isPresent();
		fireTimer(lifecycle);

		assertThat(lifecycle).isWaitingAt(LifecycleProcess.GATEWAY_WAIT_FOR_DEADLINE);
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(45));
		assertThat(this.runtime.getVariables(lifecycle.getId())).containsEntry("outcome", "WAIT")
			.containsEntry("nextCheckAt", Date.from(day(45)));
	}

	@Test
	void shouldExpireOnAFixedDateEarlierThanTheInactivityDeadline() {
		Activated contact = activate(client(null));
		ProcessInstance lifecycle = lifecycle(contact.accessId());
		LocalDate fixed = LocalDate.ofInstant(day(12), ZoneId.systemDefault());
		this.admin.changeRights(contact.contactId(), Role.REQUESTER, List.of(), fixed, Actor.staff(TestStaff.STAFF));
		Instant fixedStart = fixed.atStartOfDay(ZoneId.systemDefault()).toInstant();
		assertThat(lifecycle).hasPassed("Event_DeadlinesChanged");
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(fixedStart.minus(Duration.ofDays(5)));

		fireTimer(lifecycle);
		Jobs.runDue(this.management, lifecycle.getId());
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(fixedStart);
		fireTimer(lifecycle);
		assertThat(state(contact)).isEqualTo(AccessState.EXPIRED);
	}

	@Test
	void shouldUseTheClientsOwnInactivityPeriod() {
		Activated contact = activate(client(Duration.ofDays(10)));
		ProcessInstance lifecycle = lifecycle(contact.accessId());
		assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(day(5));
		assertThat(this.queries.get(contact.contactId()).access().expiresAt()).isEqualTo(day(10));
	}

	@Test
	void shouldEndAtOnceWhenRevokedAndAllowANewInvitationAfterwards() {
		Activated contact = activate(client(null));
		ProcessInstance lifecycle = lifecycle(contact.accessId());
		at(day(3));
		this.admin.revoke(contact.contactId(), true, Actor.staff(TestStaff.STAFF));
		assertThat(lifecycle).isEnded().hasPassed(LifecycleProcess.END_REVOKED);
		assertThat(state(contact)).isEqualTo(AccessState.REVOKED);
		assertThat(TestMail.awaitMails(contact.email(), 2)).hasSize(2);
		assertThat(this.signIn.authenticate(contact.email(), PASSWORD)).isEmpty();

		this.onboarding.requestInvitation(contact.contactId(), Actor.staff(TestStaff.STAFF));
		assertThat(state(contact)).isEqualTo(AccessState.INVITED);
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(contact.accessId().toString())
			.count()).as("both onboardings are in the history").isEqualTo(2);
	}

	@Test
	void shouldEndQuietlyWhenTheAccessEndedOutsideTheProcess() {
		Activated contact = activate(client(null));
		ProcessInstance lifecycle = lifecycle(contact.accessId());
		this.transactions.executeWithoutResult((tx) -> this.accesses.findById(contact.accessId())
			.orElseThrow()
			.end(AccessState.REVOKED, ClockUtil.getCurrentTime().toInstant()));
		fireTimer(lifecycle);
		assertThat(lifecycle).isEnded().hasPassed(LifecycleProcess.END_ENDED);
		assertThat(TestMail.to(contact.email())).as("no warning, no notice").hasSize(1);
	}

	@Test
	void shouldLeaveTheEngineTablesUntouchedByLogins() throws Exception {
		Activated contact = activate(client(null));
		Map<String, Long> before = engineRows();
		at(day(2));
		for (int i = 0; i < 100; i++) {
			assertThat(this.signIn.authenticate(contact.email(), PASSWORD)).isPresent();
		}
		assertThat(engineRows()).isEqualTo(before);
		assertThat(this.queries.get(contact.contactId()).access().lastAccessAt()).isEqualTo(day(2));
	}

	@Test
	void shouldRecordReportedLoginsOnlyWhileTheAccessMayEnter() {
		Activated contact = activate(client(Duration.ofDays(10)));
		at(day(9));
		this.signIn.recordActivity(contact.accessId());
		assertThat(this.queries.get(contact.contactId()).access().lastAccessAt()).isEqualTo(day(9));

		// the client's own period (10 days) has run out since that login
		at(day(19));
		assertThatThrownBy(() -> this.signIn.recordActivity(contact.accessId())).isInstanceOf(ConflictException.class);
		assertThat(this.queries.get(contact.contactId()).access().lastAccessAt()).isEqualTo(day(9));
		assertThatThrownBy(() -> this.signIn.recordActivity(UUID.randomUUID())).isInstanceOf(NotFoundException.class);

		Activated fixed = activate(client(null));
		this.admin.changeRights(fixed.contactId(), Role.REQUESTER, List.of(),
				LocalDate.ofInstant(day(21), ZoneId.systemDefault()), Actor.staff(TestStaff.STAFF));
		at(day(20));
		this.signIn.recordActivity(fixed.accessId());
		at(day(21));
		assertThatThrownBy(() -> this.signIn.recordActivity(fixed.accessId())).isInstanceOf(ConflictException.class);
	}

	/**
	 * Row counts of every Camunda table, plus the due dates and revisions of the jobs.
	 */
	private Map<String, Long> engineRows() throws Exception {
		Map<String, Long> rows = new TreeMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			List<String> tables = new java.util.ArrayList<>();
			try (ResultSet result = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				while (result.next()) {
					String name = result.getString("TABLE_NAME");
					if (name.toUpperCase().startsWith("ACT_")) {
						tables.add(name);
					}
				}
			}
			assertThat(tables).hasSizeGreaterThan(40);
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
						count.next();
						rows.put(table.toUpperCase(), count.getLong(1));
					}
				}
				try (ResultSet jobs = statement
					.executeQuery("select coalesce(sum(rev_), 0), count(duedate_) from act_ru_job")) {
					jobs.next();
					rows.put("jobs.rev", jobs.getLong(1));
					rows.put("jobs.due", jobs.getLong(2));
				}
			}
		}
		return rows;
	}

	private UUID client(Duration inactivity) {
		UUID id = this.clientEditing.create(new NewClient("Lifecycle " + UUID.randomUUID(), null, "en", null, null),
				Actor.SYSTEM);
		if (inactivity != null) {
			this.clientEditing.setInactivityPeriod(id, inactivity, Actor.SYSTEM);
		}
		return id;
	}

	private Activated activate(UUID clientId) {
		String email = "life-" + UUID.randomUUID() + "@example.com";
		Registered registered = this.onboarding.registerByStaff(NewContacts.of(clientId,
				new ContactDetails("Life", "Cycle", email, "+33 1 00 00 00 00", null, null, "en"), Role.REQUESTER,
				true), Actor.staff(TestStaff.STAFF));
		ProcessInstance onboarding = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(registered.accessId().toString())
			.singleResult();
		Jobs.runDue(this.management, onboarding.getId());
		String token = TestMail.activationToken(TestMail.awaitMails(email, 1).get(0));
		assertThat(this.activation.activate(token, PASSWORD, PASSWORD)).isEqualTo(Activation.LinkStatus.ACTIVATED);
		return new Activated(registered.id(), registered.accessId(), email);
	}

	private ProcessInstance lifecycle(UUID accessId) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.processInstanceBusinessKey(accessId.toString())
			.singleResult();
		assertThat(instance).isNotNull();
		return instance;
	}

	private Job timer(ProcessInstance instance) {
		return this.management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private void fireTimer(ProcessInstance instance) {
		Job timer = timer(instance);
		Instant due = timer.getDuedate().toInstant();
		if (ClockUtil.getCurrentTime().toInstant().isBefore(due)) {
			at(due);
		}
		this.management.executeJob(timer.getId());
	}

	private AccessState state(Activated contact) {
		return this.queries.get(contact.contactId()).access().state();
	}

	private Instant day(int day) {
		return this.start.plus(Duration.ofDays(day));
	}

	private static void at(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	record Activated(UUID contactId, UUID accessId, String email) {
	}

}
