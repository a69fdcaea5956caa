package io.guichet.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The engine REST route a request will reach, seen as Jersey sees it: after
 * {@code /engine-rest}, {@code /engine-rest/engine/{name}} or
 * {@code /camunda/api/engine/engine/{name}}; matrix parameters ({@code ;x=y}) cut from
 * every segment, one trailing slash ignored, literal segments compared as sent
 * (case-sensitive, not decoded) and the values of template segments decoded.
 */
record EngineRoute(String method, List<String> segments) {

	static Optional<EngineRoute> of(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<String> raw = new ArrayList<>();
		for (String segment : path.split("/", -1)) {
			int matrix = segment.indexOf(';');
			raw.add((matrix >= 0) ? segment.substring(0, matrix) : segment);
		}
		// "" before the first slash; one empty segment after a trailing slash is ignored
		if (raw.size() > 1 && raw.get(raw.size() - 1).isEmpty()) {
			raw.remove(raw.size() - 1);
		}
		int start;
		if (startsWith(raw, "", "engine-rest", "engine") && raw.size() > 3) {
			start = 4;
		}
		else if (startsWith(raw, "", "engine-rest")) {
			start = 2;
		}
		else if (startsWith(raw, "", "camunda", "api", "engine", "engine") && raw.size() > 5) {
			start = 6;
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new EngineRoute(request.getMethod(), List.copyOf(raw.subList(start, raw.size()))));
	}

	private static boolean startsWith(List<String> segments, String... prefix) {
		if (segments.size() < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (!segments.get(i).equals(prefix[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the route is {@code method} and these segments; {@code *} matches any one.
	 */
	boolean is(String method, String... pattern) {
		if (!this.method.equals(method) || this.segments.size() != pattern.length) {
			return false;
		}
		for (int i = 0; i < pattern.length; i++) {
			if (!"*".equals(pattern[i]) && !pattern[i].equals(this.segments.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** A template segment's value, decoded as Jersey hands it to the resource. */
	String value(int index) {
		return URLDecoder.decode(this.segments.get(index).replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	int size() {
		return this.segments.size();
	}

	String segment(int index) {
		return this.segments.get(index);
	}

}
