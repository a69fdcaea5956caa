package io.guichet.console;

import java.util.Map;

import io.guichet.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff user signed in to the console, in a language. */
final class ConsoleSession {

	private ConsoleSession() {
	}

	static Http signIn(int port, String user, String language) {
		Http browser = new Http(port).language(language);
		Http.Response signedIn = browser.postForm("/console/login",
				Map.of("_csrf", browser.get("/console/login").csrf(), "username", user, "password",
						io.guichet.support.TestStaff.PASSWORD));
		assertThat(signedIn.header("Location")).endsWith("/console/clients");
		return browser;
	}

}
