package io.guichet.staff;

import java.util.Locale;

/**
 * A staff user who can be e-mailed: how to greet them, where to write, and the language
 * they last signed in with (null: not known yet).
 */
public record StaffAddress(String userId, String name, String email, Locale language) {

	public StaffAddress(String userId, String name, String email) {
		this(userId, name, email, null);
	}

	/** Their language, else {@code fallback} (the staff language of the settings). */
	public Locale languageOr(Locale fallback) {
		return (this.language != null) ? this.language : fallback;
	}

}
