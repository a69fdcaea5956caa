package io.guichet.support;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff user signed in to the console (session cookie), posting forms with the CSRF
 * field of the page last read.
 */
public final class ConsoleSession {

	private final Http http;

	private String csrf;

	private ConsoleSession(Http http) {
		this.http = http;
	}

	public static ConsoleSession signIn(int port, String user, String language) {
		return signIn(port, user, language, TestStaff.PASSWORD);
	}

	public static ConsoleSession signIn(int port, String user, String language, String password) {
		Http http = new Http(port).language(language);
		Http.Response signedIn = http.postForm("/console/login",
				Map.of("_csrf", http.get("/console/login").csrf(), "username", user, "password", password));
		assertThat(signedIn.header("Location")).as("%s signed in", user).endsWith("/console/clients");
		ConsoleSession session = new ConsoleSession(http);
		session.get("/console/projects");
		return session;
	}

	/** The signed-in session itself, for tests that post their own fields. */
	public Http http() {
		return this.http;
	}

	/** A page; its CSRF field (if any) is used by the next posts. */
	public Http.Response get(String path) {
		Http.Response response = this.http.get(path);
		if (response.body().contains("name=\"_csrf\"")) {
			this.csrf = response.csrf();
		}
		return response;
	}

	/** The page a redirect leads to. */
	public Http.Response follow(Http.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		return get(redirect.header("Location").replaceFirst("^https?://[^/]+", ""));
	}

	/** A form post with the CSRF field; names and values alternate, names may repeat. */
	public Http.Response post(String path, String... namesAndValues) {
		String[] fields = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
		fields[namesAndValues.length] = "_csrf";
		fields[namesAndValues.length + 1] = this.csrf;
		return this.http.postFields(path, fields);
	}

	/** A form post without the CSRF field. */
	public Http.Response postWithoutCsrf(String path, String... namesAndValues) {
		return this.http.postFields(path, namesAndValues);
	}

}
