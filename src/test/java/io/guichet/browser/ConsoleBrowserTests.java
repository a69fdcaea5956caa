package io.guichet.browser;

import java.util.Locale;
import java.util.UUID;

import io.guichet.support.GuichetTest;
import io.guichet.support.Jobs;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in a real browser, the way an admin works: a client created through
 * its form (an error shown next to the field in French, then in English), a contact
 * created and invited through the memoQ form with the type-ahead, the invitation read
 * from the SMTP server, the link followed and the access activated, the state seen
 * turning ACTIVE, the re-send button disabled during the cool-down, and the access
 * revoked after a confirmation. Every page visited is saved under target/screenshots/.
 */
@Tag("browser")
@GuichetTest
class ConsoleBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	int step;

	@AfterEach
	void close(TestInfo test) {
		if (this.browser != null) {
			this.browser.screenshot("console-last-" + test.getTestMethod().map((m) -> m.getName()).orElse("test"));
			this.browser.close();
		}
	}

	@Test
	void shouldTakeAContactFromANewClientToAnActiveAccessAndRevokeIt() {
		TestStaff.ensure(this.identity);
		this.browser = Browser.start();
		WebDriver driver = this.browser.driver();
		String base = "http://localhost:" + this.port;

		driver.get(base + "/console/login?lang=fr");
		visited("login");
		driver.findElement(By.id("username")).sendKeys(TestStaff.STAFF);
		driver.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
		this.browser.click(driver.findElement(By.cssSelector("main button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.urlContains("/console/clients"));
		visited("clients");

		// a client, with a form error first: French, then English
		this.browser.click(driver.findElement(By.id("new-client")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("save")));
		visited("client-new");
		this.browser.click(driver.findElement(By.id("save")));
		assertThat(this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")))
			.getText()).isEqualTo("Obligatoire.");
		visited("client-new-error-fr");
		driver.get(base + "/console/clients/new?lang=en");
		this.browser.click(driver.findElement(By.id("save")));
		assertThat(this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")))
			.getText()).isEqualTo("Required.");
		visited("client-new-error-en");
		String clientName = "Curie Labs " + UUID.randomUUID().toString().substring(0, 8);
		driver.findElement(By.id("name")).sendKeys(clientName);
		driver.findElement(By.id("primaryAddress.city")).sendKeys("Paris");
		this.browser.click(driver.findElement(By.id("save")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));
		assertThat(driver.findElement(By.id("client-name")).getText()).isEqualTo(clientName);
		visited("client");

		// the memoQ form: the client is chosen with the type-ahead
		driver.get(base + "/console/contacts/new");
		visited("contact-new");
		String email = "marie-" + UUID.randomUUID() + "@example.com";
		driver.findElement(By.id("firstName")).sendKeys("Marie");
		driver.findElement(By.id("lastName")).sendKeys("Curie");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("mobile")).sendKeys("+33 6 12 12 12 12");
		driver.findElement(By.id("clientName")).sendKeys(clientName.substring(0, 14));
		// the suggestions list is rebuilt at each key stroke: read it in one go
		this.browser.waiting()
			.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
					"var name = arguments[0]; return Array.from(document.querySelectorAll('#clientName-options option'))"
							+ ".some(function (o) { return o.value === name; })",
					clientName)));
		driver.findElement(By.id("clientName")).sendKeys(clientName.substring(14));
		this.browser.waiting().until((d) -> {
			String id = d.findElement(By.id("clientId")).getDomProperty("value");
			return id != null && !id.isEmpty();
		});
		visited("contact-new-typeahead");
		this.browser.click(driver.findElement(By.id("create-and-invite")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("access-state")));
		assertThat(driver.findElement(By.id("contact-name")).getText()).isEqualTo("Marie Curie");
		assertThat(driver.findElement(By.id("access-state")).getAttribute("data-state")).isEqualTo("INVITED");
		visited("contact-access-invited");
		String contactUrl = driver.getCurrentUrl().replaceFirst("\\?.*", "");

		// the invitation leaves (the job executor is off in tests: its jobs are run here)
		// the instance carries only the access id (its business key)
		String accessId = this.jdbc.queryForObject("select id from portal_access where email_key = ?", String.class,
				email.toLowerCase(Locale.ROOT));
		Jobs.runDue(this.management,
				this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(accessId).singleResult().getId());
		MimeMessage invitation = TestMail.awaitMails(email, 1).get(0);
		String token = TestMail.activationToken(invitation);

		driver.get(contactUrl + "?tab=access");
		assertThat(driver.findElement(By.id("resend")).isEnabled()).as("re-send during the cool-down").isFalse();
		assertThat(driver.findElement(By.id("resend-opens")).getText()).startsWith("Possible from");
		assertThat(driver.findElement(By.id("invitations")).getText()).isEqualTo("1");
		visited("contact-access-cool-down");

		// the contact follows the link from the e-mail
		driver.get(base + "/activate?token=" + token);
		visited("activation");
		driver.findElement(By.id("password")).sendKeys("Marie-password-1");
		driver.findElement(By.id("passwordConfirmation")).sendKeys("Marie-password-1");
		this.browser.click(driver.findElement(By.cssSelector("main button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("activation-done")));
		visited("activation-done");

		driver.get(contactUrl + "?tab=access");
		assertThat(driver.findElement(By.id("access-state")).getAttribute("data-state")).isEqualTo("ACTIVE");
		assertThat(driver.findElement(By.id("activated-at")).getText()).isNotBlank();
		visited("contact-access-active");

		// revocation asks first
		this.browser.click(driver.findElement(By.id("revoke")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-question")));
		assertThat(driver.findElement(By.id("confirm-question")).getText()).contains("Marie Curie");
		visited("revoke-confirm");
		this.browser.click(driver.findElement(By.id("confirm")));
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("access-state"), "data-state", "REVOKED"));
		assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo("Access revoked.");
		assertThat(driver.findElements(By.id("invite-again"))).isNotEmpty();
		visited("contact-access-revoked");

		driver.get(contactUrl + "?tab=history");
		assertThat(driver.findElement(By.id("history")).getText()).contains("Access revoked").contains("Invited");
		visited("contact-history");
	}

	private void visited(String page) {
		this.step++;
		this.browser.screenshot(String.format("console-%02d-%s", this.step, page));
	}

}
