package io.guichet.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.guichet.access.Role;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;

/**
 * The cells of one line, read as a person typed them: trimmed, blank meaning empty, roles
 * and privacy in any case, invite as yes/no (oui/non, true/false, 1/0).
 */
record LineCells(int row, Map<Column, String> cells) {

	private static final Set<String> YES = Set.of("yes", "y", "oui", "o", "true", "1", "x");

	private static final Set<String> NO = Set.of("no", "n", "non", "false", "0");

	/**
	 * The trimmed text of a cell; null when blank or when the file has no such column.
	 */
	String text(Column column) {
		String value = this.cells.get(column);
		return (value == null || value.isBlank()) ? null : Formulas.unguard(value.strip());
	}

	String emailKey() {
		String email = text(Column.EMAIL);
		return (email != null) ? email.toLowerCase(Locale.ROOT) : null;
	}

	Role role(List<Problem> problems) {
		String text = text(Column.ROLE);
		return (text != null) ? parse(Role.class, text, Column.ROLE, "guichet.validation.role", problems) : null;
	}

	Privacy privacy(List<Problem> problems) {
		String text = text(Column.PRIVACY);
		return (text != null) ? parse(Privacy.class, text, Column.PRIVACY, "guichet.import.privacy", problems) : null;
	}

	/** Null when the cell is empty or absent (no invitation). */
	Boolean invite(List<Problem> problems) {
		String text = text(Column.INVITE);
		if (text == null) {
			return null;
		}
		String key = text.toLowerCase(Locale.ROOT);
		if (YES.contains(key)) {
			return true;
		}
		if (NO.contains(key)) {
			return false;
		}
		problems.add(Problem.of(Column.INVITE.header(), "guichet.import.invite"));
		return null;
	}

	/**
	 * The card this line asks for. A column the file lacks keeps the matched contact's
	 * value; an empty language is the client's, as everywhere else.
	 */
	ContactDetails details(ContactCard match, Set<Column> columns, Privacy privacy, String clientLanguage) {
		ContactDetails before = (match != null) ? match.details() : null;
		String email = pick(Column.EMAIL, columns, (before != null) ? before.email() : null);
		if (before != null && email != null && email.equalsIgnoreCase(before.email())) {
			// matched by this address: its case is no change
			email = before.email();
		}
		String language = pick(Column.LANGUAGE, columns, (before != null) ? before.language() : null);
		Privacy privacyKept = columns.contains(Column.PRIVACY) ? privacy : (before != null) ? before.privacy() : null;
		return new ContactDetails(pick(Column.SALUTATION, columns, (before != null) ? before.salutation() : null),
				pick(Column.FIRST_NAME, columns, (before != null) ? before.firstName() : null),
				pick(Column.MIDDLE_NAME, columns, (before != null) ? before.middleName() : null),
				pick(Column.LAST_NAME, columns, (before != null) ? before.lastName() : null),
				pick(Column.SUFFIX, columns, (before != null) ? before.suffix() : null),
				pick(Column.JOB_TITLE, columns, (before != null) ? before.jobTitle() : null),
				pick(Column.DEPARTMENT, columns, (before != null) ? before.department() : null), email,
				pick(Column.EMAIL2, columns, (before != null) ? before.email2() : null),
				pick(Column.EMAIL3, columns, (before != null) ? before.email3() : null),
				pick(Column.PHONE, columns, (before != null) ? before.phone() : null),
				pick(Column.MOBILE, columns, (before != null) ? before.mobile() : null),
				pick(Column.OTHER_PHONE, columns, (before != null) ? before.otherPhone() : null),
				pick(Column.OTHER_CHANNEL, columns, (before != null) ? before.otherChannel() : null),
				(language != null) ? language : clientLanguage, privacyKept,
				pick(Column.COMMENTS, columns, (before != null) ? before.comments() : null),
				// no address column: an import keeps the postal address a contact has
				(before != null) ? before.address() : null);
	}

	private String pick(Column column, Set<Column> columns, String kept) {
		return columns.contains(column) ? text(column) : kept;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, Column column, String key,
			List<Problem> problems) {
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.of(column.header(), key));
			return null;
		}
	}

}
