package io.guichet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium: Debian's browser and driver only, given by path so that
 * Selenium Manager never looks for (or downloads) anything. Either one missing fails the
 * test, it is not skipped.
 */
final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Path REPORTS = Path.of("target", "screenshots");

	private final Path profile;

	private final ChromeDriver driver;

	private Browser(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/**
	 * Starts Chromium with a fresh profile, or throws an AssertionError saying what to
	 * install.
	 */
	static Browser start() {
		return start(null);
	}

	/**
	 * Starts Chromium whose user prefers {@code language} (such as {@code fr-FR}): the
	 * {@code Accept-Language} header and {@code navigator.languages} that Camunda's
	 * webapps read; {@code null} leaves Chromium's default.
	 */
	static Browser start(String language) {
		for (File file : new File[] { CHROMIUM, CHROMEDRIVER }) {
			if (!file.canExecute()) {
				throw new AssertionError(file + " is missing: the browser tests need Debian's Chromium and its driver,"
						+ " install the Debian packages chromium chromium-driver (apt-get install chromium chromium-driver)");
			}
		}
		Path profile = createProfile();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		if (language != null) {
			options.addArguments("--lang=" + language);
			options.setExperimentalOption("prefs",
					Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
		}
		try {
			return new Browser(profile, new ChromeDriver(service, options));
		}
		catch (RuntimeException ex) {
			delete(profile);
			throw ex;
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	WebDriverWait waiting() {
		return waiting(TIMEOUT);
	}

	WebDriverWait waiting(Duration timeout) {
		return new WebDriverWait(this.driver, timeout);
	}

	/**
	 * Clicks an element once scrolled to the middle of the page, away from Camunda's
	 * fixed footer.
	 */
	void click(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/**
	 * Clicks an element that sends its form, and waits for the next page: the element is
	 * gone once the browser has left its page. While the page is being replaced, Chromium
	 * may say "does not belong to the document" instead of "stale": both mean the page
	 * has gone.
	 */
	void clickAndWaitForTheNextPage(WebElement element) {
		click(element);
		waiting().until((page) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Saves a screenshot and the page source as target/screenshots/{name}.png and .html.
	 */
	void screenshot(String name) {
		try {
			Files.createDirectories(REPORTS);
			Files.write(REPORTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(REPORTS.resolve(name + ".html"), this.driver.getPageSource(), StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save the page as " + REPORTS.resolve(name) + ": " + ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
		}
	}

	private static Path createProfile() {
		try {
			return Files.createTempDirectory("guichet-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory: left for the system to clean
		}
	}

}
