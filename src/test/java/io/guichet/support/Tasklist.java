package io.guichet.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff user signed in to Camunda Tasklist as its login page does, calling the webapps'
 * copy of the engine REST API ({@code /camunda/api/engine/engine/default/...}) as
 * Tasklist does: the start form and the review form go through here.
 */
public final class Tasklist {

	public static final String API = "/camunda/api/engine/engine/default";

	private final Http browser;

	private Tasklist(Http browser) {
		this.browser = browser;
	}

	public static Tasklist signIn(int port, String user, String password) {
		Http browser = new Http(port);
		browser.header("X-XSRF-TOKEN", xsrf(browser.get("/camunda/app/tasklist/default/")));
		Http.Response signedIn = browser.postFields("/camunda/api/admin/auth/user/default/login/tasklist", "username",
				user, "password", password);
		assertThat(signedIn.status()).as("%s signed in to Tasklist: %s", user, signedIn.body()).isEqualTo(200);
		// the session changes at sign-in: its token comes with the next page
		browser.header("X-XSRF-TOKEN", xsrf(browser.get("/camunda/app/tasklist/default/")));
		return new Tasklist(browser);
	}

	/** The webapps' CSRF token, from the cookie a page of theirs sets. */
	public static String xsrf(Http.Response response) {
		return response.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.map((cookie) -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + response.raw().uri()));
	}

	/** The start form's submission of ContactOnboarding. */
	public Http.Response submitStartForm(String processKey, String variables) {
		return this.browser.postJson(API + "/process-definition/key/" + processKey + "/submit-form",
				"{\"variables\":" + variables + "}");
	}

	/** The review form's submission. */
	public Http.Response submitTaskForm(String taskId, String variables) {
		return this.browser.postJson(API + "/task/" + taskId + "/submit-form", "{\"variables\":" + variables + "}");
	}

	public Http http() {
		return this.browser;
	}

}
