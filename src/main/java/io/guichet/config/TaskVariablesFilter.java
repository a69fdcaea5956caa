package io.guichet.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completing a task or submitting a form over the engine REST API (Tasklist uses the
 * webapps' copy of it) accepts only plain values: a serialized object, bytes or a file
 * sent by a user would reach the engine's serializers, which answer a 500 (or worse,
 * deserialize). Refused here with a 400 in the engine's own error format.
 */
class TaskVariablesFilter extends OncePerRequestFilter {

	private static final Pattern SUBMISSION = Pattern
		.compile(".*/(task/[^/]+/(complete|submit-form|resolve)|process-definition/.+/(start|submit-form))$");

	/** The engine stores a text variable in a column of 4,000 characters. */
	private static final int MAX_TEXT = 4000;

	private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
			"date", "null", "json");

	/** As strict as the engine's reader: one JSON document, nothing after it. */
	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	/** The task of a completion, to answer 404 for a task that is not there. */
	private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");

	private final TaskService tasks;

	private final IdentityService identity;

	TaskVariablesFilter(TaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher task = TASK.matcher(request.getRequestURI());
		if (task.matches() && !exists(URLDecoder.decode(task.group(1), StandardCharsets.UTF_8))) {
			// the engine answers 500 for a task it cannot find
			refuse(response, HttpServletResponse.SC_NOT_FOUND, "No task with this id.");
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String refusal = refusal(body);
		if (refusal != null) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/**
	 * Whether the task is there, whoever may see it: looked up by its id alone, without
	 * the caller's authorization check (a query through every authorization row the
	 * caller has). The completion itself checks that the caller may work on the task (403
	 * otherwise).
	 */
	private boolean exists(String taskId) {
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return this.tasks.createTaskQuery().taskId(taskId).count() > 0;
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	private static void refuse(HttpServletResponse response, int status, String refusal) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, String> error = Map.of("type", "InvalidRequestException", "message", refusal);
		response.getWriter().write(JSON.writeValueAsString(error));
	}

	/** Why these variables are refused, or null. */
	static String refusal(byte[] body) {
		JsonNode variables;
		try {
			JsonNode tree = JSON.readTree(body);
			if (tree == null || tree.isMissingNode()) {
				return null;
			}
			if (!tree.isObject()) {
				return "The request body must be a JSON object.";
			}
			variables = tree.path("variables");
			if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
				return "variables must be an object of {value, type} entries.";
			}
		}
		catch (IOException ex) {
			// the engine would answer in plain text, echoing the bytes it could not read
			return "The request body is not valid JSON.";
		}
		if (hasNul(variables)) {
			// PostgreSQL cannot store it: the engine would fail in its persistence layer
			return "A variable holds a NUL character.";
		}
		Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> variable = fields.next();
			if (!variable.getValue().isObject()) {
				return "Variable " + variable.getKey() + ": expected {value, type}.";
			}
			JsonNode type = variable.getValue().path("type");
			if (!type.isMissingNode() && !type.isNull()
					&& !PLAIN_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
				return "Variable " + variable.getKey() + ": only plain values are accepted here, not " + type.asText();
			}
			if (variable.getValue().path("value").isTextual()
					&& variable.getValue().path("value").asText().length() > MAX_TEXT) {
				return "Variable " + variable.getKey() + ": longer than " + MAX_TEXT + " characters.";
			}
			if ("json".equalsIgnoreCase(type.asText()) && !isJsonText(variable.getValue().path("value"))) {
				return "Variable " + variable.getKey() + ": the value is not valid JSON.";
			}
		}
		return null;
	}

	private static boolean hasNul(JsonNode node) {
		if (node.isTextual()) {
			return node.asText().indexOf('\u0000') >= 0;
		}
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getKey().indexOf('\u0000') >= 0 || hasNul(field.getValue())) {
				return true;
			}
		}
		for (JsonNode element : node) {
			if (node.isArray() && hasNul(element)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isJsonText(JsonNode value) {
		if (value.isNull() || value.isMissingNode()) {
			return true;
		}
		if (!value.isTextual()) {
			return false;
		}
		try {
			JsonNode parsed = JSON.readTree(value.asText());
			return parsed != null && !parsed.isMissingNode();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The request with its body, already read, readable again. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset
				.forName(getCharacterEncoding() != null ? getCharacterEncoding() : "UTF-8")));
		}

	}

}
