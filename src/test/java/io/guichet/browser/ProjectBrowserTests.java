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
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's project pages in a real browser: a project created with its client chosen
 * by type-ahead, a contact assigned with custom permissions, the project closed after the
 * confirmation page. Screenshots under target/screenshots/.
 */
@Tag("browser")
@GuichetTest
class ProjectBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Browser browser;

	@AfterEach
	void close(TestInfo test) {
		if (this.browser != null) {
			this.browser.screenshot(test.getTestMethod().map((m) -> m.getName()).orElse("projects"));
			this.browser.close();
		}
	}

	@Test
	void shouldCreateAProjectAssignAContactAndCloseTheProject() {
		TestStaff.ensure(this.identity);
		String token = UUID.randomUUID().toString().substring(0, 8);
		String clientName = "Project client " + token;
		Http api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		String clientId = api.postJson("/api/clients", Map.of("name", clientName)).json().get("id").asText();
		api.postJson("/api/contacts",
				Map.of("clientId", clientId, "firstName", "Marie", "lastName", "Curie", "email",
						"marie-" + token + "@example.com", "mobile", "+33 6 11 22 33 44", "role", "REQUESTER", "invite",
						false));

		this.browser = Browser.start();
		WebDriver driver = this.browser.driver();
		String base = "http://localhost:" + this.port;
		driver.get(base + "/console/login?lang=en");
		driver.findElement(By.id("username")).sendKeys(TestStaff.STAFF);
		driver.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
		this.browser.click(driver.findElement(By.cssSelector("button[type=submit]")));
		this.browser.waiting().until(ExpectedConditions.urlContains("/console/clients"));

		driver.get(base + "/console/projects");
		this.browser.screenshot("projects-list");
		this.browser.click(driver.findElement(By.id("new-project")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("project-form")));
		this.browser.click(driver.findElement(By.id("save-project")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
		assertThat(driver.findElement(By.id("name-error")).getText()).isEqualTo("Required.");
		this.browser.screenshot("project-new-errors");

		String name = "Bridge " + token;
		driver.findElement(By.id("name")).sendKeys(name);
		driver.findElement(By.id("clientName")).sendKeys(clientName);
		this.browser.waiting().until((d) -> {
			String id = d.findElement(By.id("clientId")).getDomProperty("value");
			return id != null && !id.isEmpty();
		});
		driver.findElement(By.id("estimatedBudget")).sendKeys("25000");
		this.browser.screenshot("project-new");
		this.browser.click(driver.findElement(By.id("save-project")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("project-name")));
		assertThat(driver.findElement(By.id("project-name")).getText()).isEqualTo(name);
		assertThat(driver.findElement(By.id("project-clients")).getText()).contains(clientName)
			.contains("primary client");

		new Select(driver.findElement(By.id("contactId")))
			.selectByVisibleText("Marie Curie — " + clientName + " <marie-" + token + "@example.com>");
		driver.findElement(By.id("hourlyRate")).sendKeys("80");
		this.browser.click(driver.findElement(By.id("custom")));
		this.browser.click(driver.findElement(By.cssSelector("#assign input[value=PROJECT_REVIEW]")));
		this.browser.click(driver.findElement(By.id("assign-submit")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(driver.findElement(By.id("project-contacts")).getText()).contains("Marie Curie")
			.contains("80.00")
			.contains("Project review");
		this.browser.click(driver.findElement(By.cssSelector("#project-contacts summary")));
		this.browser.screenshot("project-contact-assigned");

		this.browser.click(driver.findElement(By.id("close-project")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-question")));
		assertThat(driver.findElement(By.id("confirm-question")).getText()).contains(name);
		this.browser.screenshot("project-close-confirm");
		this.browser.click(driver.findElement(By.id("confirm")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("closed-note")));
		assertThat(driver.findElement(By.id("project-state")).getText()).isEqualTo("Closed");
		assertThat(driver.findElements(By.id("assign"))).isEmpty();
		this.browser.screenshot("project-closed");
	}

}
