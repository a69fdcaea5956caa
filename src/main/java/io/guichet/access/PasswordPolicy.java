package io.guichet.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.contact.ContactCard;

import org.springframework.stereotype.Component;

/**
 * What a contact's new password must be (SPEC §7, NIST SP 800-63B-4): 15 to 64 characters
 * (code points), any characters and no composition rule, and not an expected value: a
 * common or breached password, the contact's own e-mail or name, a repeated or sequential
 * run. Checked when a password is set (activation, reset), never at sign-in, so passwords
 * set under older rules keep working.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 15;

	static final int MAX_LENGTH = 64;

	/** bcrypt reads 72 bytes at most and Spring Security refuses to hash more. */
	static final int MAX_BYTES = 72;

	private static final String BLOCKLIST = "/passwords/blocklist.txt";

	/** Keyboard rows (QWERTY, AZERTY, QWERTZ) whose runs are as guessable as "abcd". */
	private static final List<String> KEYBOARD_WALKS = List.of("qwertyuiopasdfghjklzxcvbnm",
			"azertyuiopqsdfghjklmwxcvbn", "qwertzuiopasdfghjklyxcvbnm");

	private final Set<String> blocklist = loadBlocklist();

	/**
	 * Throws the field errors of this password and its confirmation, messages in
	 * messages*.properties; returns when both are fine.
	 */
	void check(String password, String confirmation, ContactCard contact) {
		List<FieldError> errors = new ArrayList<>();
		FieldError problem = problem(password, contact);
		if (problem != null) {
			errors.add(problem);
		}
		if (password != null && !password.equals(confirmation)) {
			errors.add(new FieldError("passwordConfirmation", "guichet.password.mismatch"));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
	}

	/** The first rule this password breaks, null if none. */
	FieldError problem(String password, ContactCard contact) {
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			return new FieldError("password", "guichet.password.too-short", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			return new FieldError("password", "guichet.password.too-long", MAX_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return new FieldError("password", "guichet.password.too-many-bytes");
		}
		if (password.isBlank()) {
			return new FieldError("password", "guichet.password.blank");
		}
		String folded = fold(password);
		if (isRepetitive(folded) || isSequential(folded)) {
			return new FieldError("password", "guichet.password.predictable");
		}
		if (isPersonal(folded, contact)) {
			return new FieldError("password", "guichet.password.personal");
		}
		if (this.blocklist.contains(folded)) {
			return new FieldError("password", "guichet.password.common");
		}
		return null;
	}

	/** The form compared with the blocklist and other expected values; never hashed. */
	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** One short unit three times or more: "aaaa…", "abcabcabc…", "azerazerazer…". */
	private static boolean isRepetitive(String folded) {
		int[] points = folded.codePoints().toArray();
		for (int unit = 1; unit <= points.length / 3; unit++) {
			if (points.length % unit == 0 && repeats(points, unit)) {
				return true;
			}
		}
		return false;
	}

	private static boolean repeats(int[] points, int unit) {
		for (int i = unit; i < points.length; i++) {
			if (points[i] != points[i - unit]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Each character one after or one before the previous ("abcdef…", "987654…", digits
	 * going round: "1234567890123…"), or a run along a keyboard row.
	 */
	private static boolean isSequential(String folded) {
		int[] points = folded.codePoints().toArray();
		if (steps(points, 1) || steps(points, -1)) {
			return true;
		}
		String reversed = new StringBuilder(folded).reverse().toString();
		return KEYBOARD_WALKS.stream().anyMatch((row) -> row.contains(folded) || row.contains(reversed));
	}

	private static boolean steps(int[] points, int step) {
		for (int i = 1; i < points.length; i++) {
			int previous = points[i - 1];
			int current = points[i];
			boolean digits = Character.isDigit(previous) && Character.isDigit(current);
			boolean next = digits ? Math.floorMod(current - previous, 10) == Math.floorMod(step, 10)
					: current - previous == step;
			if (!next) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The contact's e-mail, its parts or name, give or take punctuation, spaces and
	 * digits before or after: "Jeanne.Baret@example.com", "jeanne baret 1984".
	 */
	private static boolean isPersonal(String folded, ContactCard contact) {
		if (contact == null) {
			return false;
		}
		String candidate = core(folded);
		if (candidate.isEmpty()) {
			return false;
		}
		String email = (contact.email() != null) ? contact.email() : "";
		int at = email.lastIndexOf('@');
		String first = (contact.firstName() != null) ? contact.firstName() : "";
		String last = (contact.lastName() != null) ? contact.lastName() : "";
		return Stream
			.of(email, (at > 0) ? email.substring(0, at) : "", email.substring(at + 1), first + last, last + first)
			.map((word) -> core(fold(word)))
			.anyMatch(candidate::equals);
	}

	/** Letters and digits only, without the digits at either end. */
	private static String core(String folded) {
		return folded.replaceAll("[^\\p{L}\\p{Nd}]", "").replaceAll("^\\p{Nd}+|\\p{Nd}+$", "");
	}

	/**
	 * Only the list's entries of 15 characters or more are shipped (see the file's
	 * header): shorter ones could never pass the length rule. About 10,000 entries, read
	 * once when the application starts, so a missing file stops it there.
	 */
	private static Set<String> loadBlocklist() {
		Set<String> entries = new HashSet<>(16_384);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(BLOCKLIST)) {
			if (in == null) {
				throw new IllegalStateException(BLOCKLIST + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isEmpty() && !line.startsWith("##")) {
					entries.add(fold(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(entries);
	}

}
