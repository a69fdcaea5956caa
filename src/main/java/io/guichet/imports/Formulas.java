package io.guichet.imports;

/**
 * Spreadsheets run a cell that starts with = + - or @ as a formula: an exported value
 * that would (a name typed by anyone, e.g. {@code =HYPERLINK(…)}) gets a leading
 * apostrophe, which the import takes off again. Phone numbers such as {@code +33 1…} are
 * left alone.
 */
final class Formulas {

	private Formulas() {
	}

	static String guard(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean risky = first == '=' || first == '@' || first == '\t' || first == '\r'
				|| ((first == '+' || first == '-') && !value.matches("[+-][0-9 ().\\-/]*"));
		return risky ? "'" + value : value;
	}

	static String unguard(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

}
