package io.guichet.browser;

import java.util.UUID;

import io.guichet.access.ContactQueries;
import io.guichet.access.Onboarding;
import io.guichet.access.Role;
import io.guichet.access.SelfRegistration;
import io.guichet.client.ClientDirectory;
import io.guichet.client.NewClient;
import io.guichet.common.Actor;
import io.guichet.contact.ContactDetails;
import io.guichet.support.GuichetTest;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@Tag("browser")
@GuichetTest
class TasklistBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	ClientDirectory clients;

	@Autowired
	Onboarding onboarding;

	@Autowired
	ContactQueries queries;

	Browser browser;

	@RegisterExtension
	AfterTestExecutionCallback saveOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			this.browser.save(context.getRequiredTestMethod().getName());
		}
	};

	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void shouldApproveARegistrationFromTasklist() {
		TestStaff.ensure(this.identity);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String clientName = "Browser client " + unique;
		this.clients.create(new NewClient(clientName, null, "fr", null, TestStaff.APPROVER), Actor.SYSTEM);
		String email = "browser-" + unique + "@example.com";
		this.onboarding.selfRegister(new SelfRegistration(
				new ContactDetails("Grace", "Hopper-" + unique, email, "+33 1 23 45 67 89", null, null, "en"),
				clientName, Role.REQUESTER));

		WebDriver driver = this.browser.driver();
		driver.get("data:text/html,<input id=a><input id=b type=password>");
		driver.findElement(By.id("a")).sendKeys("hello");
		driver.findElement(By.id("b")).sendKeys("world");
		System.out.println("DIAG0 a=" + driver.findElement(By.id("a")).getDomProperty("value") + " b=" + driver.findElement(By.id("b")).getDomProperty("value"));
		driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
		this.browser.waiting().until((d) -> !d.findElements(By.cssSelector("input[type=password]")).isEmpty());
		org.openqa.selenium.WebElement u = driver.findElement(By.cssSelector("input[ng-model=username]"));
		u.sendKeys(TestStaff.APPROVER);
		System.out.println("DIAG value=" + u.getDomProperty("value") + " connected=" + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return arguments[0].isConnected", u) + " class=" + u.getDomAttribute("class") + " angular=" + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return typeof window.angular"));
		driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(TestStaff.PASSWORD);
		this.browser.save("01b-typed");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		this.browser.save("01c-clicked");
		this.browser.waiting().until((d) -> d.getPageSource().contains("Registrations to review"));
		this.browser.save("02-home");
	}

}
