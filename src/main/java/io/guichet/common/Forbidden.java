package io.guichet.common;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal whose reason the person may read: {@code key} names its sentence in the
 * messages (French and English), shown by the API's 403 and the pages' error page; the
 * exception's own message stays English, for the log.
 */
public class Forbidden extends AccessDeniedException {

	private final String key;

	public Forbidden(String key, String message) {
		super(message);
		this.key = key;
	}

	/** The message key of the reason. */
	public String key() {
		return this.key;
	}

}
