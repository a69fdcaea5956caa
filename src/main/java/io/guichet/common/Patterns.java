package io.guichet.common;

/** Shapes of the free-text fields people type. */
public final class Patterns {

	/** No control characters (no line breaks that could end up in a mail header). */
	public static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

	/**
	 * An e-mail address with a dot in its domain; {@code @Email} alone accepts
	 * {@code a@b}.
	 */
	public static final String EMAIL = "[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+";

	/** Digits with the usual separators, an optional leading plus. */
	public static final String PHONE = "\\+?[0-9][0-9 ().\\-/]{3,39}";

	private Patterns() {
	}

}
