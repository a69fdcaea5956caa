package io.guichet.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.MessageSource;

/**
 * Completes the error answers that the controllers list: each {@code @ApiResponse} names
 * a 4xx status and says when it happens, and this gives it the problem details' media
 * type, schema and an example (an answer that already has problem details keeps them). It
 * also adds the 413 that {@link JsonBodyLimit} answers to every call with a JSON body,
 * whichever controller serves it.
 */
class ProblemAnswers implements OpenApiCustomizer {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/** The schema of each status with extra fields; the others answer a plain Problem. */
	private static final Map<String, String> SCHEMAS = Map.of("400", "InvalidInputProblem", "409", "ConflictProblem",
			"413", "TooLargeProblem", "429", "TooManyAttemptsProblem");

	private final MessageSource messages;

	ProblemAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customise(OpenAPI api) {
		for (Class<?> type : new Class<?>[] { ProblemSchemas.Problem.class, ProblemSchemas.InvalidInput.class,
				ProblemSchemas.Conflict.class, ProblemSchemas.TooLarge.class, ProblemSchemas.TooManyAttempts.class }) {
			ModelConverters.getInstance().readAll(type).forEach(api.getComponents()::addSchemas);
		}
		if (api.getPaths() != null) {
			api.getPaths().values().forEach((path) -> path.readOperations().forEach(this::complete));
		}
	}

	private void complete(Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (hasJsonBody(operation) && !responses.containsKey("413")) {
			responses.addApiResponse("413", new ApiResponse().description(
					"The JSON body is larger than guichet.http.max-json-body (1 MB by default); it was not read."));
		}
		responses.forEach((status, response) -> {
			// springdoc gives an annotation without content the call's own answer type
			if (status.startsWith("4")
					&& (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
				response.setContent(problem(status));
			}
			if ("429".equals(status)) {
				response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
					.schema(new IntegerSchema().example(60)));
			}
		});
		// by status code, as a reader looks them up
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		operation.setResponses(sorted);
	}

	private static boolean hasJsonBody(Operation operation) {
		return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().keySet().stream().anyMatch((type) -> type.contains("json"));
	}

	private Content problem(String status) {
		String schema = SCHEMAS.getOrDefault(status, "Problem");
		MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema));
		Map<String, Object> example = example(status);
		if (example != null) {
			media.setExample(example);
		}
		return new Content().addMediaType(PROBLEM_JSON, media);
	}

	/**
	 * What the answers of the generic Problem schema look like; the other schemas carry
	 * their example in their fields.
	 */
	private Map<String, Object> example(String status) {
		return switch (status) {
			// written by the security filters, without detail
			case "401" -> problem(401, text("guichet.problem.unauthenticated"), null);
			case "403" -> problem(403, text("guichet.problem.forbidden.title"), null);
			case "404" -> problem(404, text("guichet.problem.not-found.title"), text("guichet.problem.not-found"));
			default -> null;
		};
	}

	private static Map<String, Object> problem(int status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		if (detail != null) {
			problem.put("detail", detail);
		}
		return problem;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}
