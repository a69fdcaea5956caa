package io.guichet.common;

import org.springframework.util.unit.DataSize;

/** An upload above the configured limit (HTTP 413); nothing was saved. */
public class TooLargeException extends RuntimeException {

	private final DataSize limit;

	public TooLargeException(DataSize limit) {
		super("larger than " + limit);
		this.limit = limit;
	}

	public DataSize limit() {
		return this.limit;
	}

}
