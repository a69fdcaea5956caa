package io.guichet.browser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.guichet.access.AccessState;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.Onboarding;
import io.guichet.access.Role;
import io.guichet.access.SelfRegistration;
import io.guichet.access.SelfRegistrations;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.NewClient;
import io.guichet.common.Actor;
import io.guichet.contact.ContactDetails;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * An approver reviews a self-registration in Camunda Tasklist, in a real headless
 * Chromium: log in, open the "Registrations to review" filter and the contact's task,
 * read the Camunda Form, approve, complete. Run with {@code -Pbrowser}.
 */
@Tag("browser")
@GuichetTest
class TasklistBrowserTests {

	private static final By USERNAME = By.cssSelector("input[ng-model='username']");

	private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

	private static final By LOG_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");

	private static final By REVIEW_FILTER = By
		.xpath("//div[contains(@class,'task-filter')]//h4[contains(normalize-space(.),'Registrations to review')]/a");

	private static final By EMAIL = shown("E-mail");

	private static final By APPROVE = By
		.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Approve']");

	/** The client field: searchable, its input shows the chosen client. */
	private static final By CLIENT = By.xpath(
			"//div[contains(@class,'fjs-form-field-select')][label[starts-with(normalize-space(.),'Client')]]//input");

	private static final By ROLE = selectDisplay("Role");

	private static final By COMPLETE = By
		.xpath("//div[contains(@class,'form-actions')]/button[normalize-space(.)='Complete']");

	private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

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
	JdbcTemplate jdbc;

	Browser browser;

	/** Runs before @AfterEach, while the page of the failure is still open. */
	@RegisterExtension
	AfterTestExecutionCallback saveThePageOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			this.browser.screenshot("TasklistBrowserTests-" + context.getRequiredTestMethod().getName());
		}
	};

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		TestStaff.ensure(this.identity);
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

	@Test
	void shouldLetTheApproverApproveARegistrationInTasklist() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String clientName = "Browser client " + unique;
		UUID clientId = this.clientEditing.create(new NewClient(clientName, null, "fr", null, TestStaff.APPROVER),
				Actor.SYSTEM);
		String contactName = "Grace Hopper-" + unique;
		String email = "grace-" + unique + "@example.com";
		this.registrations.selfRegister(new SelfRegistration(
				new ContactDetails("Grace", "Hopper-" + unique, email, "+33 1 23 45 67 89", null, null, "en"),
				clientName, Role.REQUESTER));
		String accessId = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().id().toString();
		ProcessInstance instance = instance(accessId);
		Task review = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo(OnboardingProcess.TASK_REVIEW_REGISTRATION);

		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
		logIn(TestStaff.APPROVER, TestStaff.PASSWORD);

		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(REVIEW_FILTER)).click();
		By task = By.cssSelector("ol.tasks-list a[href='#/?task=" + review.getId() + "']");
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(task)).click();

		WebElement shownEmail = this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(EMAIL));
		this.browser.waiting().until((page) -> email.equals(shownEmail.getDomProperty("value")));
		assertThat(driver.findElement(shown("Name")).getDomProperty("value")).isEqualTo(contactName);
		assertThat(driver.findElement(shown("Company as typed")).getDomProperty("value")).isEqualTo(clientName);

		WebElement approve = this.browser.waiting().until(ExpectedConditions.elementToBeClickable(APPROVE));
		this.browser.click(approve);
		WebElement approveInput = approve.findElement(By.tagName("input"));
		this.browser.waiting().until(ExpectedConditions.elementSelectionStateToBe(approveInput, true));
		this.browser.waiting().until((page) -> clientName.equals(page.findElement(CLIENT).getDomProperty("value")));
		assertThat(driver.findElement(ROLE).getText()).as("role pre-selected in the form").isEqualTo("Requester");

		this.browser.click(this.browser.waiting().until(ExpectedConditions.elementToBeClickable(COMPLETE)));
		this.browser.waiting().until((page) -> {
			List<WebElement> errors = page.findElements(ERROR_NOTIFICATION);
			if (!errors.isEmpty()) {
				throw new AssertionError("Tasklist refused to complete the task: " + errors.get(0).getText());
			}
			return page.findElements(task).isEmpty() && page.findElements(COMPLETE).isEmpty();
		});

		ContactView contact = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow();
		assertThat(contact.access().state()).isEqualTo(AccessState.INVITED);
		assertThat(contact.access().role()).isEqualTo(Role.REQUESTER);
		assertThat(contact.clientId()).isEqualTo(clientId);
		assertThat(instance)
			.hasPassed(OnboardingProcess.TASK_REVIEW_REGISTRATION, OnboardingProcess.TASK_CHECK_DECISION,
					OnboardingProcess.TASK_APPROVE_REGISTRATION)
			.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION)
			.variables()
			.containsEntry(OnboardingProcess.VAR_DECISION, "APPROVE")
			.containsEntry(OnboardingProcess.VAR_DECIDED_BY, TestStaff.APPROVER);
	}

	@Test
	void shouldLetTheApproverFindAClientAmong250ByTypingPartOfItsName() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		UUID target = null;
		for (int i = 1; i <= 250; i++) {
			UUID id = UUID.randomUUID();
			String name = String.format("Client %03d %s", i, unique);
			if (i == 250) {
				target = id;
				name = "Zeta Logistics GmbH " + unique;
			}
			rows.add(new Object[] { id, name, name.toLowerCase(), now });
		}
		this.jdbc.batchUpdate(
				"insert into client (id, name, name_key, language, created_at, version) values (?, ?, ?, 'en', ?, 0)",
				rows);
		String email = "zeta-" + unique + "@example.com";
		// a name the proposal does not match: the approver has to find the client
		this.registrations.selfRegister(
				new SelfRegistration(new ContactDetails("Lisa", "Bowman", email, "+33 1 23 45 67 89", null, null, "en"),
						"ZL " + unique, Role.REQUESTER));
		String accessId = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().id().toString();
		ProcessInstance instance = instance(accessId);
		Task review = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		this.tasks.claim(review.getId(), TestStaff.APPROVER);

		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
		logIn(TestStaff.APPROVER, TestStaff.PASSWORD);
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(REVIEW_FILTER)).click();
		By task = By.cssSelector("ol.tasks-list a[href='#/?task=" + review.getId() + "']");
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(task)).click();
		WebElement shownEmail = this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(EMAIL));
		this.browser.waiting().until((page) -> email.equals(shownEmail.getDomProperty("value")));

		this.browser.click(this.browser.waiting().until(ExpectedConditions.elementToBeClickable(APPROVE)));
		WebElement client = this.browser.waiting().until(ExpectedConditions.elementToBeClickable(CLIENT));
		client.click();
		client.sendKeys("zeta log");
		By found = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='Zeta Logistics GmbH "
				+ unique + "']");
		this.browser.screenshot("tasklist-client-search");
		this.browser.click(this.browser.waiting().until(ExpectedConditions.elementToBeClickable(found)));
		this.browser.waiting()
			.until((page) -> ("Zeta Logistics GmbH " + unique)
				.equals(page.findElement(CLIENT).getDomProperty("value")));

		this.browser.click(this.browser.waiting().until(ExpectedConditions.elementToBeClickable(COMPLETE)));
		this.browser.waiting().until((page) -> {
			List<WebElement> errors = page.findElements(ERROR_NOTIFICATION);
			if (!errors.isEmpty()) {
				throw new AssertionError("Tasklist refused to complete the task: " + errors.get(0).getText());
			}
			return page.findElements(task).isEmpty() && page.findElements(COMPLETE).isEmpty();
		});
		ContactView contact = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow();
		assertThat(contact.clientId()).isEqualTo(target);
		assertThat(contact.access().state()).isEqualTo(AccessState.INVITED);
	}

	@Test
	void shouldShowWhatAStrangerTypedAsPlainTextInTheReviewForm() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String link = "[Approve here](https://evil.example/" + unique + ")";
		String image = "![x](https://evil.example/x-" + unique + ".png)";
		String email = "markdown-" + unique + "@example.com";
		this.registrations.selfRegister(new SelfRegistration(new ContactDetails(image, "**Bold** " + unique, email,
				"+33 1 23 45 67 89", null, "<img src=x onerror=alert(1)>", "en"), link + " " + image, Role.REQUESTER));
		String accessId = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().id().toString();
		ProcessInstance instance = instance(accessId);
		Task review = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		// no client proposed, so no approver proposed: the approver takes the task
		this.tasks.claim(review.getId(), TestStaff.APPROVER);

		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
		logIn(TestStaff.APPROVER, TestStaff.PASSWORD);
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(REVIEW_FILTER)).click();
		By task = By.cssSelector("ol.tasks-list a[href='#/?task=" + review.getId() + "']");
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(task)).click();

		WebElement shownEmail = this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(EMAIL));
		this.browser.waiting().until((page) -> email.equals(shownEmail.getDomProperty("value")));
		WebElement companyField = driver.findElement(shown("Company as typed"));
		assertThat(companyField.getDomProperty("value")).isEqualTo(link + " " + image);
		assertThat(driver.findElement(shown("Name")).getDomProperty("value")).isEqualTo(image + " **Bold** " + unique);
		assertThat(driver.findElement(shown("Other channel")).getDomProperty("value"))
			.isEqualTo("<img src=x onerror=alert(1)>");
		WebElement form = driver.findElement(By.cssSelector("[cam-tasklist-form-camunda]"));
		assertThat(form.findElements(By.cssSelector("a[href*='evil.example']"))).as("no link from the stranger")
			.isEmpty();
		assertThat(form.findElements(By.cssSelector("img"))).as("no image from the stranger").isEmpty();
		assertThat(form.findElements(By.tagName("strong"))).as("no Markdown at all").isEmpty();

		WebElement reject = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Reject']")));
		this.browser.click(reject);
		WebElement reason = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.xpath(
					"//div[contains(@class,'fjs-form-field-textarea')][label[starts-with(normalize-space(.),'Reason')]]//textarea")));
		reason.sendKeys("Not a company we know");
		this.browser.click(this.browser.waiting().until(ExpectedConditions.elementToBeClickable(COMPLETE)));
		this.browser.waiting().until((page) -> {
			List<WebElement> errors = page.findElements(ERROR_NOTIFICATION);
			if (!errors.isEmpty()) {
				throw new AssertionError("Tasklist refused to complete the task: " + errors.get(0).getText());
			}
			return page.findElements(task).isEmpty() && page.findElements(COMPLETE).isEmpty();
		});
		assertThat(instance).hasPassed(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.variables()
			.containsEntry(OnboardingProcess.VAR_DECISION, "REJECT")
			.containsEntry(OnboardingProcess.VAR_REJECTION_REASON, "Not a company we know");
	}

	@Test
	void shouldShowAFrenchApproverTheFormAndItsRefusalInFrench() {
		this.browser.close();
		this.browser = Browser.start("fr-FR");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "francais-" + unique + "@example.com";
		this.registrations.selfRegister(new SelfRegistration(
				new ContactDetails("Jeanne", "Martin-" + unique, email, "+33 1 23 45 67 89", null, null, "fr"),
				"Société inconnue " + unique, Role.REQUESTER));
		String accessId = this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().id().toString();
		ProcessInstance instance = instance(accessId);
		Task review = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		this.tasks.claim(review.getId(), TestStaff.APPROVER);

		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/#/?task=" + review.getId());
		logIn(TestStaff.APPROVER, TestStaff.PASSWORD);
		WebElement shownEmail = this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(EMAIL));
		this.browser.waiting().until((page) -> email.equals(shownEmail.getDomProperty("value")));
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
					"//div[contains(@class,'task-filter')]//h4[contains(normalize-space(.),'Inscriptions à examiner')]")));
		assertThat(driver.findElement(shown("Nom")).getDomProperty("value")).isEqualTo("Jeanne Martin-" + unique);
		assertThat(driver.findElement(shown("Société saisie")).getDomProperty("value"))
			.isEqualTo("Société inconnue " + unique);
		WebElement form = driver.findElement(By.cssSelector("[cam-tasklist-form-camunda]"));
		assertThat(form.getText()).as("the form in French only").contains("Décision").doesNotContain(" · ", "Approve");

		this.browser.click(this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Refuser']"))));
		By complete = By.xpath("//div[contains(@class,'form-actions')]/button[normalize-space(.)='Terminer']");
		this.browser.click(this.browser.waiting().until(ExpectedConditions.elementToBeClickable(complete)));
		WebElement refusal = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION));
		this.browser.waiting().until((page) -> refusal.getText().contains("Indiquez un motif pour refuser."));
		this.browser.screenshot("tasklist-fr-rejection-without-reason");
		assertThat(refusal.getText()).doesNotContain(review.getId(), "rejectionReason", "Cannot submit");
		Rectangle message = refusal.getRect();
		Rectangle button = driver.findElement(complete).getRect();
		assertThat(message.getY() + message.getHeight() <= button.getY()
				|| button.getY() + button.getHeight() <= message.getY()
				|| message.getX() + message.getWidth() <= button.getX()
				|| button.getX() + button.getWidth() <= message.getX())
			.as("the message leaves the Complete button free: %s, %s", message, button)
			.isTrue();
		assertThat(this.tasks.createTaskQuery().taskId(review.getId()).count()).as("the task still waits").isEqualTo(1);
	}

	/**
	 * Types the credentials, checking that the page took them: Chromium drops every key
	 * and click while it shows an HTTP authentication prompt, invisible when headless.
	 */
	private void logIn(String user, String password) {
		WebElement username = this.browser.waiting().until(ExpectedConditions.elementToBeClickable(USERNAME));
		WebElement secret = this.browser.driver().findElement(PASSWORD);
		username.sendKeys(user);
		secret.sendKeys(password);
		try {
			this.browser.waiting(Duration.ofSeconds(5))
				.until((page) -> user.equals(username.getDomProperty("value"))
						&& password.equals(secret.getDomProperty("value")));
		}
		catch (TimeoutException ex) {
			String typed = username.getDomProperty("value");
			throw new AssertionError("Tasklist's login page ignores the keyboard (username field holds '" + typed
					+ "'). Chromium drops all input while it shows an HTTP authentication prompt, which it does"
					+ " when a request of the page is answered 401 with WWW-Authenticate. The login page asks for"
					+ " GET /camunda-welcome; it got: " + welcome(), ex);
		}
		this.browser.click(this.browser.driver().findElement(LOG_IN));
		this.browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
	}

	/** What Camunda's login page gets for its first-visit check. */
	private String welcome() {
		Http.Response response = new Http(this.port).get("/camunda-welcome");
		return response.status() + ", WWW-Authenticate: " + response.header("WWW-Authenticate");
	}

	private ProcessInstance instance(String businessKey) {
		List<ProcessInstance> found = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(businessKey)
			.list();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** A disabled form-js text field, where the form shows a value a person typed. */
	private static By shown(String label) {
		String field = "//div[contains(@class,'fjs-form-field-textfield')][label[normalize-space(.)='%s']]//input";
		return By.xpath(field.formatted(label));
	}

	/** The value a form-js select shows, found by the label of its field. */
	private static By selectDisplay(String label) {
		String field = "//div[contains(@class,'fjs-form-field-select')][label[starts-with(normalize-space(.),'%s')]]";
		return By.xpath(field.formatted(label) + "//div[contains(@class,'fjs-select-display')]");
	}

}
