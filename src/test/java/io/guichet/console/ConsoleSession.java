package io.guichet.console;

import java.util.Arrays;
import java.util.Map;

import io.guichet.support.Http;
import io.guichet.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff user signed in to the console (session cookie), posting forms with the CSRF
 * field of the page last read.
 */
final class ConsoleSession {

	private final Http http;

	private String csrf;

	private ConsoleSession(Http http) {
		this.http = http;
	}

	static ConsoleSession signIn(int port, String user, String language) {
		Http http = new Http(port).language(language);
		Http.Response signedIn = http.postForm("/console/login",
				Map.of("_csrf", http.get("/console/login").csrf(), "username", user, "password", TestStaff.PASSWORD));
		assertThat(signedIn.header("Location")).as("%s signed in", user).endsWith("/console/clients");
		ConsoleSession session = new ConsoleSession(http);
		session.get("/console/projects");
		return session;
	}

	/** The signed-in session itself, for tests that post their own fields. */
	Http http() {
		return this.http;
	}

	/** A page; its CSRF field (if any) is used by the next posts. */
	Http.Response get(String path) {
		Http.Response response = this.http.get(path);
		if (response.body().contains("name=\"_csrf\"")) {
			this.csrf = response.csrf();
		}
		return response;
	}

	/** The page a redirect leads to. */
	Http.Response follow(Http.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		return get(redirect.header("Location").replaceFirst("^https?://[^/]+", ""));
	}

	/** A form post with the CSRF field; names and values alternate, names may repeat. */
	Http.Response post(String path, String... namesAndValues) {
		String[] fields = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
		fields[namesAndValues.length] = "_csrf";
		fields[namesAndValues.length + 1] = this.csrf;
		return this.http.postFields(path, fields);
	}

	/** A form post without the CSRF field. */
	Http.Response postWithoutCsrf(String path, String... namesAndValues) {
		return this.http.postFields(path, namesAndValues);
	}

}
