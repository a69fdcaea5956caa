package io.guichet.common;

/** The thing asked for does not exist, or the caller may not see it (HTTP 404). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
