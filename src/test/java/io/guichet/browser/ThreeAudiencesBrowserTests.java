package io.guichet.browser;

import java.util.Map;

import io.guichet.access.Activation;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Chromium, two tabs: a staff user in the console and a contact in the portal stay
 * signed in side by side; from the console, Tasklist opens signed in, and Cockpit (not
 * for approvers) leads to the Welcome page instead of a dead end. Run with
 * {@code -Pbrowser}; each page is saved under {@code target/screenshots/}.
 */
@Tag("browser")
@GuichetTest
class ThreeAudiencesBrowserTests {

	private static final String PASSWORD = "Three-audiences-password-1";

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

	Browser browser;

	@RegisterExtension
	AfterTestExecutionCallback saveThePageOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			this.browser.screenshot("ThreeAudiencesBrowserTests-" + context.getRequiredTestMethod().getName());
		}
	};

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

	@Test
	void shouldKeepTheConsoleAndThePortalSignedInSideBySideAndOpenTasklistFromTheConsole() {
		Http staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		ActiveContacts contacts = new ActiveContacts(staff, this.runtime, this.management, this.activation);
		Person contact = contacts.activate(contacts.client("Three audiences ", "en"), "REQUESTER", PASSWORD, Map.of());
		this.browser = Browser.start();
		WebDriver driver = this.browser.driver();
		String base = "http://localhost:" + this.port;

		driver.get(base + "/console/login?lang=en");
		driver.findElement(By.id("username")).sendKeys(TestStaff.APPROVER);
		driver.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
		this.browser.click(driver.findElement(By.cssSelector("main button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.urlContains("/console/clients"));
		String console = driver.getWindowHandle();

		driver.switchTo().newWindow(WindowType.TAB);
		driver.get(base + "/portal/login?lang=en");
		driver.findElement(By.id("email")).sendKeys(contact.email());
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.click(driver.findElement(By.cssSelector("main button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My access"));
		this.browser.screenshot("three-audiences-portal");
		String portal = driver.getWindowHandle();

		// back to the console tab: still the staff user, not the contact
		driver.switchTo().window(console);
		driver.navigate().refresh();
		this.browser.waiting().until(ExpectedConditions.urlContains("/console/clients"));
		assertThat(driver.findElement(By.cssSelector("header.bar")).getText())
			.contains("Sign out (" + TestStaff.APPROVER + ")");
		this.browser.screenshot("three-audiences-console");

		// Tasklist from the console: no second sign-in
		this.browser.click(driver.findElement(By.linkText("Tasklist")));
		this.browser.waiting().until(ExpectedConditions.urlContains("/camunda/app/tasklist/default/"));
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space(.)='Start process']")));
		assertThat(driver.findElements(By.cssSelector("form[name='signinForm']"))).as("no sign-in form").isEmpty();
		this.browser.screenshot("three-audiences-tasklist-from-console");

		// Cockpit is not for approvers: the Welcome page shows what they may open
		driver.get(base + "/camunda/app/cockpit/default/");
		this.browser.waiting().until(ExpectedConditions.urlContains("/camunda/app/welcome/default/"));
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(@href,'tasklist')]")));
		this.browser.screenshot("three-audiences-cockpit-to-welcome");

		// the portal tab and the console are still signed in
		driver.switchTo().window(portal);
		driver.navigate().refresh();
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My access"));
		driver.get(base + "/console/clients");
		assertThat(driver.findElement(By.cssSelector("header.bar")).getText())
			.contains("Sign out (" + TestStaff.APPROVER + ")");
	}

}
