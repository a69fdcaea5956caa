package io.guichet.engine;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A Camunda Form in its reader's language. The forms are deployed once, with every text
 * written {@code English · Français} (one pair per line); Tasklist's request for a
 * deployed form ({@code …/task/{id}/deployed-form}, {@code …/deployed-start-form}) gets
 * the half of each pair in the language its {@code Accept-Language} prefers — French for
 * {@code fr}, English otherwise. A caller that sends no {@code Accept-Language} gets
 * both, as deployed.
 */
class FormLanguage extends OncePerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** "### English · Français": the Markdown heading mark kept on either half. */
	private static final Pattern PAIR = Pattern.compile("^(#+\\s+)?(.+?) · (.+)$");

	/**
	 * The texts a person reads in a form: labels (of a date too), descriptions, text
	 * views.
	 */
	private static final Set<String> TEXTS = Set.of("label", "dateLabel", "timeLabel", "description", "text",
			"placeholder");

	/** What a person reads of a Tasklist filter: its name and description. */
	private static final Set<String> FILTER_TEXTS = Set.of("name", "description");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader("Accept-Language") == null || texts(request).isEmpty();
	}

	/**
	 * The keys of the texts to translate in this request's answer (none: not one of
	 * ours).
	 */
	private static Set<String> texts(HttpServletRequest request) {
		return EngineRoute.of(request).filter((route) -> "GET".equals(route.method())).map((route) -> {
			String last = (route.size() > 0) ? route.segment(route.size() - 1) : "";
			if (route.size() > 1 && (last.equals("deployed-form") || last.equals("deployed-start-form"))) {
				return TEXTS;
			}
			// Tasklist's list of filters, and one filter
			return (route.is("GET", "filter") || route.is("GET", "filter", "*")) ? FILTER_TEXTS : Set.<String>of();
		}).orElse(Set.of());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() == HttpServletResponse.SC_OK) {
				JsonNode form = readOrNull(answer.getContentAsByteArray());
				if (form != null) {
					translate(form, texts(request),
							"fr".equals(request.getLocale().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH);
					answer.resetBuffer();
					answer.getOutputStream().write(JSON.writeValueAsBytes(form));
				}
			}
		}
		finally {
			answer.copyBodyToResponse();
		}
	}

	/**
	 * Every text of the form, and of its components and their options, in one language.
	 */
	static void translate(JsonNode node, Set<String> texts, Locale language) {
		if (node instanceof ObjectNode object) {
			object.properties().forEach((field) -> {
				if (texts.contains(field.getKey()) && field.getValue().isTextual()) {
					field.setValue(JSON.getNodeFactory().textNode(oneLanguage(field.getValue().asText(), language)));
				}
				else {
					translate(field.getValue(), texts, language);
				}
			});
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((element) -> translate(element, texts, language));
		}
	}

	/** Each line's half in {@code language}; a line without a pair stays as it is. */
	static String oneLanguage(String text, Locale language) {
		StringBuilder result = new StringBuilder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher pair = PAIR.matcher(lines[i]);
			if (pair.matches()) {
				String heading = (pair.group(1) != null) ? pair.group(1) : "";
				result.append(heading).append(Locale.FRENCH.equals(language) ? pair.group(3) : pair.group(2));
			}
			else {
				result.append(lines[i]);
			}
			if (i < lines.length - 1) {
				result.append('\n');
			}
		}
		return result.toString();
	}

	private static JsonNode readOrNull(byte[] content) {
		try {
			return JSON.readTree(content);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
