package io.guichet.portal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages reached with a token in their address: never cached, never sent on as a referrer.
 */
final class TokenPages {

	private TokenPages() {
	}

	static void keepPrivate(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
