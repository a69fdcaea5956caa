package io.guichet.browser;

import java.util.Map;
import java.util.UUID;

import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
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
 * The console's new-contact form in a real browser: the client comes from the type-ahead.
 */
@Tag("browser")
@GuichetTest
class ConsoleBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Browser browser;

	@AfterEach
	void close(TestInfo test) {
		if (this.browser != null) {
			this.browser.save(test.getTestMethod().map((m) -> m.getName()).orElse("console"));
			this.browser.close();
		}
	}

	@Test
	void shouldCreateAndInviteAContactWhoseClientWasChosenByTypeAhead() {
		TestStaff.ensure(this.identity);
		String clientName = "Typeahead " + UUID.randomUUID().toString().substring(0, 8);
		new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.postJson("/api/clients", Map.of("name", clientName));

		this.browser = Browser.start();
		WebDriver driver = this.browser.driver();
		String base = "http://localhost:" + this.port;
		driver.get(base + "/console/login?lang=fr");
		driver.findElement(By.id("username")).sendKeys(TestStaff.STAFF);
		driver.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
		this.browser.click(driver.findElement(By.cssSelector("button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.urlContains("/console/clients"));

		driver.get(base + "/console/contacts/new");
		driver.findElement(By.id("firstName")).sendKeys("Grace");
		driver.findElement(By.id("lastName")).sendKeys("Hopper");
		driver.findElement(By.id("email")).sendKeys("grace-" + UUID.randomUUID() + "@example.com");
		driver.findElement(By.id("mobile")).sendKeys("+33 6 12 12 12 12");
		driver.findElement(By.id("clientName")).sendKeys(clientName);
		this.browser.waiting().until((d) -> {
			String id = d.findElement(By.id("clientId")).getDomProperty("value");
			return id != null && !id.isEmpty();
		});
		assertThat(driver.findElements(By.cssSelector("#client-options option"))).isNotEmpty();
		this.browser.click(driver.findElement(By.id("create-and-invite")));

		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("access-state")));
		assertThat(driver.findElement(By.id("contact-name")).getText()).isEqualTo("Grace Hopper");
		assertThat(driver.findElement(By.id("access-state")).getText()).isEqualTo("INVITED");
	}

}
