package io.guichet.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Completing a task or submitting a form over the engine REST API (Tasklist's
 * {@code …/submit-form}, {@code …/complete}): when Guichet refused the input
 * ({@link EngineRefusal}), the engine's answer ({@code Cannot submit task form <id>:
 * <field>: …}) becomes 400 {@code {type, message}} with the refusal's own sentences only,
 * in the language they were written in (the request's {@code Accept-Language}). Other
 * answers pass unchanged.
 */
class RefusalAnswers extends OncePerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || EngineRoute.of(request)
			.filter((route) -> route.size() > 0 && (route.segment(route.size() - 1).equals("submit-form")
					|| route.segment(route.size() - 1).equals("complete")))
			.isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, answer);
			if (request.getAttribute(RefusalLogging.ATTRIBUTE) instanceof EngineRefusal refusal
					&& answer.getStatus() >= 400) {
				byte[] body = refused(answer.getContentAsByteArray(), refusal.getMessage());
				answer.resetBuffer();
				answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
				answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
				answer.getOutputStream().write(body);
			}
		}
		finally {
			answer.copyBodyToResponse();
		}
	}

	/** The engine's error body with the refusal's message (its type kept). */
	private static byte[] refused(byte[] engineAnswer, String message) throws IOException {
		ObjectNode body = JSON.createObjectNode();
		String type = Optional.ofNullable(readOrNull(engineAnswer))
			.map((node) -> node.path("type").asText(null))
			.orElse(EngineRefusal.class.getSuperclass().getSimpleName());
		body.put("type", type);
		body.put("message", message);
		return JSON.writeValueAsBytes(body);
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
