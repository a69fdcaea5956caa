package io.guichet.common;

import java.time.Instant;

/** A request that is valid but clashes with the current state (HTTP 409). */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final Instant retryAfter;

	private final Object[] args;

	public ConflictException(String messageKey, Instant retryAfter, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.retryAfter = retryAfter;
		this.args = args;
	}

	public ConflictException(String messageKey, Object... args) {
		this(messageKey, null, args);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Instant retryAfter() {
		return this.retryAfter;
	}

	public Object[] args() {
		return this.args;
	}

}
