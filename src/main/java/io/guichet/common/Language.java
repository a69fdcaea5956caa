package io.guichet.common;

import java.util.Locale;
import java.util.Set;

/** The languages Guichet speaks: every page, e-mail and error exists in each. */
public final class Language {

	public static final Set<String> SUPPORTED = Set.of("fr", "en");

	public static final String PATTERN = "fr|en";

	private Language() {
	}

	/** The first of the given languages that Guichet speaks, else English. */
	public static Locale firstSupported(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && SUPPORTED.contains(candidate)) {
				return Locale.forLanguageTag(candidate);
			}
		}
		return Locale.ENGLISH;
	}

}
