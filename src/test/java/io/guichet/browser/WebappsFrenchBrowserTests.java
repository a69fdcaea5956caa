package io.guichet.browser;

import java.util.List;

import io.guichet.support.GuichetTest;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French approver's Chromium gets Tasklist in French and no "migrate to Camunda 8"
 * banner. Run with {@code -Pbrowser}.
 */
@Tag("browser")
@GuichetTest
class WebappsFrenchBrowserTests {

	private static final By USERNAME = By.cssSelector("input[ng-model='username']");

	private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

	private static final By LOG_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");

	private static final By START_PROCESS = By.xpath("//a[normalize-space(.)='Démarrer un processus']");

	private static final By SEARCH = By.cssSelector("input[placeholder='Filtrer les tâches']");

	private static final By BANNER = By.cssSelector(".ce-eol-banner");

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Browser browser;

	@RegisterExtension
	AfterTestExecutionCallback saveThePageOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			this.browser.screenshot("WebappsFrenchBrowserTests-" + context.getRequiredTestMethod().getName());
		}
	};

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.browser = Browser.start("fr-FR");
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

	@Test
	void shouldShowTasklistInFrenchWithoutTheCamunda8Banner() {
		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
		assertThat(((JavascriptExecutor) driver).executeScript("return navigator.languages[0]")).isEqualTo("fr-FR");
		WebElement logIn = this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(LOG_IN));
		this.browser.waiting().until((page) -> "Se connecter".equals(logIn.getText().trim()));
		this.browser.screenshot("tasklist-fr-login");
		assertNoCamunda8Banner(driver);

		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(USERNAME)).sendKeys(TestStaff.APPROVER);
		driver.findElement(PASSWORD).sendKeys(TestStaff.PASSWORD);
		this.browser.click(logIn);
		this.browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));

		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(SEARCH));
		this.browser.screenshot("tasklist-fr-signed-in");
		assertNoCamunda8Banner(driver);
	}

	private void assertNoCamunda8Banner(WebDriver driver) {
		List<WebElement> banners = driver.findElements(BANNER);
		assertThat(banners).as("the banner is in the page, hidden by user-styles.css")
			.allSatisfy((banner) -> assertThat(banner.isDisplayed()).isFalse());
		assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
	}

}
