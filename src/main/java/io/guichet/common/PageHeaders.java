package io.guichet.common;

/** The headers every page of Guichet is served with (console, portal, activation). */
public final class PageHeaders {

	/** Scripts, styles and frames of Guichet's own origin only. */
	public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	private PageHeaders() {
	}

}
