package io.guichet.access;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.Activation.LinkStatus;
import io.guichet.access.SelfRegistrations;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.NewClient;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.contact.ContactDetails;
import io.guichet.engine.EngineRefusal;
import io.guichet.notification.Notifications;
import io.guichet.staff.Staff;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;
import io.guichet.support.GuichetTest;
import io.guichet.support.Jobs;
import io.guichet.support.NewContacts;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowingConsumer;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of processes/ContactOnboarding.bpmn, timers driven through their jobs. */
@GuichetTest
class ContactOnboardingProcessTests {

	private static final String PASSWORD = "a-long-enough-password";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

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
	SelfRegistrations registrations;

	@Autowired
	ContactQueries queries;

	@Autowired
	Activation activation;

	@Autowired
	StaffDirectory staff;

	@Autowired
	Notifications notifications;

	@Autowired
	ReviewChoices reviewChoices;

	@Autowired
	ReviewNotices notices;

	UUID clientId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		TestStaff.ensure(this.identity);
		this.clientId = this.clientEditing
			.create(new NewClient("Client " + UUID.randomUUID(), null, "fr", null, TestStaff.APPROVER), Actor.SYSTEM);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		this.identity.clearAuthentication();
	}

	@Test
	void shouldInviteAdminRegistrationWithoutReviewAndEndWhenActivated() {
		String email = email();
		Registered registered = this.onboarding.registerByStaff(
				NewContacts.of(this.clientId, details(email), Role.REQUESTER, true), Actor.staff(TestStaff.STAFF));
		ProcessInstance instance = instance(registered.accessId());
		assertThat(instance).hasPassed("StartEvent_RegistrationReceived", "Gateway_PreApproved")
			.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		assertThat(state(email)).isEqualTo(AccessState.INVITED);

		Jobs.runDue(this.management, instance.getId());
		assertThat(instance).isWaitingAt(OnboardingProcess.GATEWAY_WAIT_FOR_ACTIVATION);
		MimeMessage invitation = TestMail.awaitMails(email, 1).get(0);
		assertThat(TestMail.body(invitation)).contains("Acme Contact");

		LinkStatus status = this.activation.activate(TestMail.activationToken(invitation), PASSWORD, PASSWORD);
		assertThat(status).isEqualTo(LinkStatus.ACTIVATED);
		assertThat(instance).isEnded().hasPassed("Event_AccessActivated", OnboardingProcess.END_ACTIVATED);
		assertThat(state(email)).isEqualTo(AccessState.ACTIVE);
	}

	@Test
	void shouldWaitForReviewProposeAccountManagerAndInviteWhenApproved() {
		String email = email();
		this.registrations.selfRegister(registration(email, "unknown company"));
		ProcessInstance instance = instance(accessId(email));
		assertThat(instance).isWaitingAt(OnboardingProcess.TASK_REVIEW_REGISTRATION);
		assertThat(state(email)).isEqualTo(AccessState.PENDING_APPROVAL);
		Task task = BpmnAwareTests.task(instance);
		assertThat(task).hasCandidateGroup("approvers");

		BpmnAwareTests.complete(task, Map.of("decision", "APPROVE", "role", "MANAGER", "clientId",
				this.clientId.toString(), "expiresOn", LocalDate.now().plusYears(1).toString()));
		assertThat(instance)
			.hasPassed(OnboardingProcess.TASK_CHECK_DECISION, "Gateway_Approved",
					OnboardingProcess.TASK_APPROVE_REGISTRATION)
			.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		ContactView contact = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow();
		assertThat(contact.access().state()).isEqualTo(AccessState.INVITED);
		assertThat(contact.access().role()).isEqualTo(Role.MANAGER);
		assertThat(contact.clientId()).isEqualTo(this.clientId);

		Jobs.runDue(this.management, instance.getId());
		assertThat(TestMail.awaitMails(email, 1)).hasSize(1);
		assertThat(instance).isWaitingAt(OnboardingProcess.GATEWAY_WAIT_FOR_ACTIVATION);
	}

	@Test
	void shouldKeepInTheEngineHistoryWhatPeopleReadAndNotEveryStep() {
		String email = email();
		this.registrations.selfRegister(registration(email, "unknown company"));
		ProcessInstance instance = instance(accessId(email));
		BpmnAwareTests.complete(BpmnAwareTests.task(instance),
				Map.of("decision", "APPROVE", "role", "OBSERVER", "clientId", this.clientId.toString()));
		Jobs.runDue(this.management, instance.getId());
		assertThat(TestMail.awaitMails(email, 1)).hasSize(1);
		fireReinviteTimer(instance);
		Jobs.runDue(this.management, instance.getId());
		assertThat(TestMail.awaitMails(email, 2)).hasSize(2);

		// what Cockpit, Tasklist and /engine-rest/history show stays
		String id = instance.getId();
		assertThat(
				this.history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey())
			.isEqualTo(accessId(email).toString());
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(id).list())
			.extracting((activity) -> activity.getActivityId())
			.contains(OnboardingProcess.TASK_REVIEW_REGISTRATION, OnboardingProcess.TASK_SEND_INVITATION,
					"Timer_ReinviteAfter");
		assertThat(this.history.createHistoricTaskInstanceQuery().processInstanceId(id).singleResult().getEndTime())
			.isNotNull();
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(id)
			.variableName(OnboardingProcess.VAR_DECISION)
			.singleResult()
			.getValue()).isEqualTo("APPROVE");
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(id)
			.variableName(OnboardingProcess.VAR_AUTOMATIC_REINVITATIONS)
			.singleResult()
			.getValue()).isEqualTo(1);
		// guichet.engine.history=lean: no line per variable update, no job log but
		// failures
		assertThat(this.history.createHistoricDetailQuery().processInstanceId(id).count()).isZero();
		assertThat(this.history.createHistoricJobLogQuery().processInstanceId(id).count()).isZero();
	}

	@Test
	void shouldNameTheReviewTaskAfterTheContactAndTheCompanyAsTyped() {
		String email = email();
		this.registrations.selfRegister(registration(email, "Bowman Furniture"));
		Task task = BpmnAwareTests.task(instance(accessId(email)));
		// guichet.mail.staff-language is en here; the diagram keeps "Review registration"
		assertThat(task.getName()).isEqualTo("Review registration: Acme Contact (Bowman Furniture)");
		assertThat(this.engine.getRepositoryService()
			.getBpmnModelInstance(task.getProcessDefinitionId())
			.getModelElementById(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.getAttributeValue("name")).isEqualTo("Review registration");
	}

	@Test
	void shouldNameTheReviewTaskOfAManagersRequestAfterItsClient() {
		this.notices.sendWaiting();
		String clientName = this.clients.find(this.clientId).orElseThrow().name();
		String email = email();
		this.registrations.registerByManager(this.clientId, details(email), Role.OBSERVER,
				Actor.manager("boss@example.com"));
		Task task = BpmnAwareTests.task(instance(accessId(email)));
		assertThat(task.getName()).isEqualTo("Review registration: Acme Contact (" + clientName + ")");
		// its notice names the client too
		this.notices.sendWaiting();
		assertThat(TestMail.body(awaitReviewMail(TestStaff.APPROVER + "@staff.test", email))).contains(clientName);
	}

	@Test
	void shouldTellTheAccountManagerOfANewReviewTask() throws Exception {
		this.notices.sendWaiting();
		String clientName = this.clients.find(this.clientId).orElseThrow().name();
		String email = email();
		this.registrations.selfRegister(registration(email, clientName));
		Task task = BpmnAwareTests.task(instance(accessId(email)));
		assertThat(task).isAssignedTo(TestStaff.APPROVER);
		assertThat(reviewMails(TestStaff.APPROVER + "@staff.test", email)).as("not before the round").isEmpty();

		assertThat(this.notices.sendWaiting()).isEqualTo(1);
		MimeMessage mail = awaitReviewMail(TestStaff.APPROVER + "@staff.test", email);
		assertThat(mail.getSubject()).isEqualTo("Registration to review: Acme Contact");
		assertThat(TestMail.body(mail)).contains("Acme Contact", clientName,
				"/camunda/app/tasklist/default/#/?task=" + task.getId());
		// the account manager only: no other approver hears of it
		this.notifications.deliverQueued();
		for (StaffAddress approver : this.staff.addressesIn(StaffGroups.APPROVERS)) {
			if (!approver.userId().equals(TestStaff.APPROVER)) {
				assertThat(reviewMails(approver.email(), email)).as(approver.userId()).isEmpty();
			}
		}
		assertThat(reviewMails(TestStaff.APPROVER + "@staff.test", email)).hasSize(1);
		assertThat(this.notices.sendWaiting()).as("each notice goes once").isZero();
	}

	@Test
	void shouldListTheRegistrationsOfARoundInOneMailPerApprover() throws Exception {
		this.notices.sendWaiting();
		String clientName = this.clients.find(this.clientId).orElseThrow().name();
		List<String> emails = List.of(email(), email(), email());
		emails.forEach((email) -> this.registrations.selfRegister(registration(email, clientName)));
		// one of them rejected before the round: left out
		Task rejected = BpmnAwareTests.task(instance(accessId(emails.get(2))));
		this.tasks.complete(rejected.getId(), Map.of("decision", "REJECT", "rejectionReason", "Unknown to us"));

		assertThat(this.notices.sendWaiting()).isEqualTo(1);
		String manager = TestStaff.APPROVER + "@staff.test";
		MimeMessage mail = awaitReviewMail(manager, emails.get(0));
		assertThat(mail.getSubject()).isEqualTo("2 registrations to review");
		String body = TestMail.body(mail);
		assertThat(body).contains(emails.get(0), emails.get(1), clientName,
				"?task=" + BpmnAwareTests.task(instance(accessId(emails.get(0)))).getId(),
				"?task=" + BpmnAwareTests.task(instance(accessId(emails.get(1)))).getId());
		assertThat(body).doesNotContain(emails.get(2), rejected.getId());
		assertThat(reviewMails(manager, emails.get(1))).containsExactly(mail);
	}

	@Test
	void shouldTellEveryApproverOfAReviewTaskWithoutAClient() {
		this.notices.sendWaiting();
		String email = email();
		this.registrations.selfRegister(registration(email, "Nobody Known " + UUID.randomUUID()));
		Task task = BpmnAwareTests.task(instance(accessId(email)));
		assertThat(task.getAssignee()).isNull();
		this.notices.sendWaiting();

		List<StaffAddress> approvers = this.staff.addressesIn(StaffGroups.APPROVERS);
		assertThat(approvers).hasSizeGreaterThanOrEqualTo(2);
		for (StaffAddress approver : approvers) {
			assertThat(TestMail.body(awaitReviewMail(approver.email(), email))).contains("?task=" + task.getId())
				.contains("Nobody Known");
		}
	}

	@Test
	void shouldProposeTheClientWhoseNameWasTypedAndTheAccountManager() {
		String name = this.clients.find(this.clientId).orElseThrow().name();
		String email = email();
		this.registrations.selfRegister(registration(email, name.toUpperCase()));
		ProcessInstance instance = instance(accessId(email));
		// read from the domain when the form opens
		assertThat(this.reviewChoices.forReview(accessId(email), Staff.actor(TestStaff.APPROVER, List.of())))
			.containsEntry("clientId", this.clientId.toString())
			.containsEntry("proposedClientName", name)
			.containsEntry("companyAsTyped", name.toUpperCase())
			.containsEntry("role", Role.REQUESTER.name());
		assertThat(BpmnAwareTests.task(instance)).isAssignedTo(TestStaff.APPROVER);
	}

	@Test
	void shouldCarryOnlyTheAccessIdInARegistrationsInstance() {
		String name = this.clients.find(this.clientId).orElseThrow().name();
		String email = email();
		this.registrations.selfRegister(registration(email, name));
		ProcessInstance instance = instance(accessId(email));
		// the form's data and the approver's choices are read when the form opens
		// (ReviewChoicesTests); the start's transient variables are not kept
		assertThat(instance.getBusinessKey()).isEqualTo(accessId(email).toString());
		assertThat(this.runtime.getVariables(instance.getId())).isEmpty();
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count())
			.isZero();
	}

	@Test
	void shouldCarryNothingInAPreApprovedInvitationsInstance() {
		Registered registered = this.onboarding.registerByStaff(
				NewContacts.of(this.clientId, details(email()), Role.REQUESTER, true), Actor.staff(TestStaff.STAFF));
		// no approver looked up, no review task, nothing kept but the business key
		ProcessInstance instance = instance(registered.accessId());
		assertThat(this.runtime.getVariables(instance.getId())).isEmpty();
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void shouldRefuseABadDecisionAndKeepTheTaskOpen() {
		String email = email();
		this.registrations.selfRegister(registration(email, "somewhere"));
		ProcessInstance instance = instance(accessId(email));
		Task task = BpmnAwareTests.task(instance);

		assertThatThrownBy(() -> this.tasks.complete(task.getId(), Map.of("decision", "REJECT", "role", "REQUESTER")))
			.isInstanceOf(FormFieldValidationException.class)
			.satisfies(refused("rejectionReason"));
		assertThatThrownBy(() -> this.tasks.complete(task.getId(), Map.of("decision", "MAYBE", "role", "BOSS")))
			.isInstanceOf(FormFieldValidationException.class)
			.satisfies(refused("decision", "role"));
		assertThatThrownBy(() -> this.tasks.complete(task.getId(),
				Map.of("decision", "APPROVE", "role", "REQUESTER", "clientId", UUID.randomUUID().toString())))
			.isInstanceOf(FormFieldValidationException.class)
			.satisfies(refused("clientId"));
		assertThatThrownBy(() -> this.tasks.complete(task.getId(),
				Map.of("decision", "APPROVE", "role", "REQUESTER", "clientId", this.clientId.toString(), "expiresOn",
						"2001-01-01")))
			.isInstanceOf(FormFieldValidationException.class)
			.satisfies(refused("expiresOn"));

		assertThat(BpmnAwareTests.task(instance)).isNotNull();
		assertThat(instance).isWaitingAt(OnboardingProcess.TASK_REVIEW_REGISTRATION);
		assertThat(state(email)).isEqualTo(AccessState.PENDING_APPROVAL);
	}

	@Test
	void shouldRejectWithAReasonAndTellTheContact() {
		String email = email();
		this.registrations.selfRegister(registration(email, "somewhere"));
		ProcessInstance instance = instance(accessId(email));
		BpmnAwareTests.complete(BpmnAwareTests.task(instance),
				Map.of("decision", "REJECT", "role", "REQUESTER", "rejectionReason", "Unknown to our sales team"));
		assertThat(instance).isWaitingAt(OnboardingProcess.TASK_SEND_REJECTION_NOTICE);
		assertThat(state(email)).isEqualTo(AccessState.APPROVAL_REJECTED);

		Jobs.runDue(this.management, instance.getId());
		assertThat(instance).isEnded().hasPassed(OnboardingProcess.END_REJECTED);
		assertThat(TestMail.body(TestMail.awaitMails(email, 1).get(0))).contains("Unknown to our sales team");

		UUID contactId = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().id();
		assertThatThrownBy(() -> this.onboarding.requestInvitation(contactId, Actor.admin(TestStaff.STAFF)))
			.as("no client chosen yet: cannot be invited")
			.isInstanceOf(ConflictException.class);
		this.registrations.selfRegister(registration(email, this.clients.find(this.clientId).orElseThrow().name()));
		assertThat(state(email)).as("a rejected contact may ask again").isEqualTo(AccessState.PENDING_APPROVAL);
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(accessId(email).toString())
			.count()).isEqualTo(2);
	}

	@Test
	void shouldReinviteAfterTheDelayThenExpireAndTellTheSponsor() {
		String email = email();
		Registered registered = this.onboarding.registerByStaff(
				NewContacts.of(this.clientId, details(email), Role.OBSERVER, true), Actor.staff(TestStaff.STAFF));
		ProcessInstance instance = instance(registered.accessId());
		Jobs.runDue(this.management, instance.getId());
		int sponsorMails = TestMail.to(TestStaff.STAFF + "@staff.test").size();

		for (int reinvitation = 1; reinvitation <= 3; reinvitation++) {
			String olderToken = TestMail.activationToken(TestMail.to(email).get(reinvitation - 1));
			fireReinviteTimer(instance);
			assertThat(instance).hasPassed("Gateway_ReinvitationsLeft")
				.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
			Jobs.runDue(this.management, instance.getId());
			assertThat(TestMail.awaitMails(email, reinvitation + 1)).hasSize(reinvitation + 1);
			assertThat(this.activation.check(olderToken).status()).isEqualTo(LinkStatus.SUPERSEDED);
		}
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().invitationsSent()).isEqualTo(4);

		String lastToken = TestMail.activationToken(TestMail.to(email).get(3));
		fireReinviteTimer(instance);
		assertThat(instance).hasPassed(OnboardingProcess.TASK_EXPIRE_INVITATION)
			.isWaitingAt(OnboardingProcess.TASK_NOTIFY_SPONSOR);
		assertThat(state(email)).isEqualTo(AccessState.INVITATION_EXPIRED);
		assertThat(this.activation.check(lastToken).status()).isEqualTo(LinkStatus.EXPIRED);

		Jobs.runDue(this.management, instance.getId());
		assertThat(instance).isEnded().hasPassed(OnboardingProcess.END_INVITATION_EXPIRED);
		assertThat(TestMail.awaitMails(TestStaff.STAFF + "@staff.test", sponsorMails + 1)).hasSize(sponsorMails + 1);

		this.onboarding.requestInvitation(registered.id(), Actor.staff(TestStaff.STAFF));
		assertThat(state(email)).as("invited again").isEqualTo(AccessState.INVITED);
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(registered.accessId().toString())
			.count()).isEqualTo(2);
	}

	@Test
	void shouldResendOnStaffRequestOnlyAfterTheCoolDown() {
		String email = email();
		Registered registered = this.onboarding.registerByStaff(
				NewContacts.of(this.clientId, details(email), Role.REQUESTER, true), Actor.staff(TestStaff.STAFF));
		ProcessInstance instance = instance(registered.accessId());
		Jobs.runDue(this.management, instance.getId());

		assertThatThrownBy(() -> this.onboarding.requestInvitation(registered.id(), Actor.staff(TestStaff.STAFF)))
			.isInstanceOfSatisfying(ConflictException.class,
					(conflict) -> assertThat(conflict.retryAfter()).isNotNull());

		ClockUtil.setCurrentTime(
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(24).plusMinutes(1))));
		this.onboarding.requestInvitation(registered.id(), Actor.staff(TestStaff.STAFF));
		assertThat(instance).hasPassed("Event_ResendRequested").isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		Jobs.runDue(this.management, instance.getId());
		assertThat(TestMail.awaitMails(email, 2)).hasSize(2);
	}

	@Test
	void shouldRegisterFromTheTasklistStartForm() {
		String email = email();
		String clientName = this.clients.find(this.clientId).orElseThrow().name();
		this.identity.setAuthentication(TestStaff.STAFF, List.of("guichet-staff"));
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(OnboardingProcess.KEY,
				Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email, "clientName", clientName, "role",
						"MANAGER", "mobile", "+33 6 12 34 56 78"));
		this.identity.clearAuthentication();
		assertThat(instance).hasPassed(OnboardingProcess.TASK_REGISTER_CONTACT)
			.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		ContactView contact = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow();
		assertThat(instance.getBusinessKey()).isEqualTo(contact.access().id().toString());
		assertThat(contact.access().sponsor()).isEqualTo(TestStaff.STAFF);
		assertThat(contact.access().state()).isEqualTo(AccessState.INVITED);
	}

	@Test
	void shouldStartNothingWhenTheTasklistStartFormIsInvalid() {
		String email = email();
		long before = this.runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY).count();
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(OnboardingProcess.KEY,
				Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email, "clientName", "No such client",
						"role", "MANAGER")))
			.isInstanceOf(FormFieldValidationException.class)
			.satisfies(refused("clientName", "phone"));
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY).count())
			.isEqualTo(before);
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM)).isEmpty();
	}

	private void fireReinviteTimer(ProcessInstance instance) {
		Job timer = this.management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		assertThat(timer).isNotNull();
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		this.management.executeJob(timer.getId());
	}

	private ProcessInstance instance(UUID accessId) {
		List<ProcessInstance> found = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(accessId.toString())
			.list();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** A refusal of these form fields (its message is their sentences only). */
	private static ThrowingConsumer<Throwable> refused(String... fields) {
		return (thrown) -> {
			assertThat(((EngineRefusal) thrown).fields()).contains(fields);
			assertThat(thrown.getMessage()).isNotBlank();
		};
	}

	/** The review-task e-mails this address received about this contact. */
	private static List<MimeMessage> reviewMails(String address, String contactEmail) {
		return TestMail.to(address)
			.stream()
			.filter((mail) -> TestMail.body(mail).contains(contactEmail))
			.filter((mail) -> subject(mail).matches("(Registration|\\d+ registrations) to review.*"))
			.toList();
	}

	private static MimeMessage awaitReviewMail(String address, String contactEmail) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !reviewMails(address, contactEmail).isEmpty());
		return reviewMails(address, contactEmail).get(0);
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UUID accessId(String email) {
		return this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().id();
	}

	private AccessState state(String email) {
		return this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().state();
	}

	static String email() {
		return "contact-" + UUID.randomUUID() + "@example.com";
	}

	static ContactDetails details(String email) {
		return new ContactDetails("Acme", "Contact", email, "+33 1 23 45 67 89", null, null, "en");
	}

	static SelfRegistration registration(String email, String company) {
		return new SelfRegistration(details(email), company, Role.REQUESTER);
	}

}
