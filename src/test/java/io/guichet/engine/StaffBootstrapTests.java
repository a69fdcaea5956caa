package io.guichet.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first passwords come with the full addresses of the pages to use them on. */
class StaffBootstrapTests {

	@Test
	void shouldNameTheConsoleTasklistAndTheMailViewerWithTheBaseUrl() {
		String help = StaffBootstrap.signInHelp("https://guichet.example.org/", true);
		assertThat(help).contains("https://guichet.example.org/console\n")
			.contains("https://guichet.example.org/camunda/app/ ")
			.contains("https://guichet.example.org/dev/mail ");
	}

	@Test
	void shouldLeaveTheMailViewerOutWithARealMailServer() {
		String help = StaffBootstrap.signInHelp("http://localhost:8080", false);
		assertThat(help).contains("http://localhost:8080/console").doesNotContain("/dev/mail");
	}

}
