package io.guichet.browser;

import java.util.Map;
import java.util.UUID;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client manager in a real browser: signs in to the portal, opens the team page, gets a
 * form error next to its field in English and in French, invites a colleague and sees
 * them pending review.
 */
@Tag("browser")
@GuichetTest
class TeamBrowserTests {

	private static final String PASSWORD = "browser-manager-pw-1";

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

	@AfterEach
	void close(TestInfo test) {
		if (this.browser != null) {
			this.browser.screenshot(test.getTestMethod().map((m) -> m.getName()).orElse("team"));
			this.browser.close();
		}
	}

	@Test
	void shouldInviteAColleagueAndShowAFormErrorNextToItsFieldInEnglishAndFrench() {
		TestStaff.ensure(this.identity);
		ActiveContacts contacts = new ActiveContacts(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD),
				this.runtime, this.management, this.activation);
		Person manager = contacts.activate(contacts.client("Browser team ", "en"), "MANAGER", PASSWORD, Map.of());
		String colleague = "marie-" + UUID.randomUUID() + "@example.com";

		this.browser = Browser.start();
		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/portal/login?lang=en");
		this.browser.screenshot("team-1-login");
		driver.findElement(By.id("email")).sendKeys(manager.email());
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.click(driver.findElement(By.cssSelector("button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-team")));
		this.browser.screenshot("team-2-my-access");

		this.browser.click(driver.findElement(By.id("nav-team")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
		assertThat(driver.findElement(By.cssSelector("#member-" + manager.id() + " .member-state")).getText())
			.isEqualTo("Active");
		this.browser.screenshot("team-3-team");

		fill(driver, "Marie", "Curie", colleague);
		submit(driver);
		assertThat(error("phone")).startsWith("Give at least one phone, mobile or other channel");
		assertThat(driver.findElement(By.id("firstName")).getDomProperty("value")).isEqualTo("Marie");
		this.browser.screenshot("team-4-error-en");

		this.browser.click(driver.findElement(By.id("nav-lang")));
		this.browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon équipe"));
		fill(driver, "Marie", "Curie", colleague);
		submit(driver);
		assertThat(error("phone")).startsWith("Indiquez au moins un téléphone, un mobile ou un autre canal");
		assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo(colleague);
		this.browser.screenshot("team-5-error-fr");

		driver.findElement(By.id("mobile")).sendKeys("+33 6 12 34 56 78");
		submit(driver);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(driver.findElement(By.id("notice")).getText()).startsWith("Votre invitation de Marie Curie");
		// the colleague joins the team once an approver lets them in, not before
		assertThat(driver.getPageSource()).doesNotContain(colleague);
		this.browser.screenshot("team-6-invited-fr");

		this.browser.click(driver.findElement(By.id("nav-lang")));
		this.browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "My team"));
		assertThat(driver.getPageSource()).doesNotContain(colleague);
		this.browser.screenshot("team-7-invited-en");
	}

	private static void fill(WebDriver driver, String firstName, String lastName, String email) {
		driver.findElement(By.id("firstName")).sendKeys(firstName);
		driver.findElement(By.id("lastName")).sendKeys(lastName);
		driver.findElement(By.id("email")).sendKeys(email);
	}

	private void submit(WebDriver driver) {
		this.browser.clickAndWaitForTheNextPage(driver.findElement(By.id("send-invitation")));
	}

	private String error(String field) {
		return this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id(field + "-error")))
			.getText();
	}

}
