package io.guichet.engine;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guichet.common.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Variables sent through the engine door ({@code /engine-rest} and the webapps' copy of
 * it) are checked like a form completion, on whatever route Jersey will dispatch them to
 * ({@link EngineRoute}: with or without a trailing slash, with matrix parameters):
 * <ul>
 * <li>only plain values (text, numbers, booleans, dates, JSON): a serialized object, a
 * file or bytes would reach the engine's serializers with a class the caller chose;</li>
 * <li>completing a task of Guichet or starting one of its processes takes only the
 * variables its form sets ({@link FormVariables});</li>
 * <li>a process of Guichet with a start form starts through it ({@code submit-form}, as
 * Tasklist does), where its refusals are answered 400 with their message.</li>
 * </ul>
 * Refusals are 400 (404 for a task that is not there) in the engine's own error format.
 */
class EngineVariablesFilter extends OncePerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private static final Set<String> VARIABLES = Set.of("variables", "localVariables");

	private final ProcessEngineConfigurationImpl engine;

	private final List<FormVariables> forms;

	EngineVariablesFilter(ProcessEngineConfigurationImpl engine, List<FormVariables> forms) {
		this.engine = engine;
		this.forms = forms;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<EngineRoute> found = EngineRoute.of(request);
		if (found.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		EngineRoute route = found.get();
		if (isUpload(route)) {
			// read by the REST layer into the class the caller names, before any check
			refuse(response, HttpServletResponse.SC_BAD_REQUEST,
					"File, byte and object variables are not accepted here.");
			return;
		}
		if (isPlainStart(route) && startKey(route).flatMap(this::allowedForStart).isPresent()) {
			// its form's checks answer 400 there; a refusal on /start would be a 500
			refuse(response, HttpServletResponse.SC_FORBIDDEN,
					"Start this process with its start form (POST …/submit-form), as Tasklist does.");
			return;
		}
		if (!isJson(request)) {
			// the engine's JSON resources answer 415 to anything else
			chain.doFilter(request, response);
			return;
		}
		Optional<TaskEntity> task = Optional.empty();
		if (isCompletion(route)) {
			task = task(route.value(1));
			if (task.isEmpty()) {
				// the engine answers 500 for a task it cannot find
				refuse(response, HttpServletResponse.SC_NOT_FOUND, "No task with this id.");
				return;
			}
		}
		byte[] body = request.getInputStream().readAllBytes();
		String refusal = refusal(route, body, task);
		if (refusal != null) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private String refusal(EngineRoute route, byte[] body, Optional<TaskEntity> task) {
		JsonNode tree;
		try {
			tree = (body.length == 0) ? null : JSON.readTree(body);
		}
		catch (IOException ex) {
			// the engine would answer in plain text, echoing the bytes it could not read
			return "The request body is not valid JSON.";
		}
		if (tree == null || tree.isMissingNode()) {
			return null;
		}
		if (isSingleVariable(route)) {
			return VariableValues.refusal(route.value(route.size() - 1), tree);
		}
		if (!tree.isObject()) {
			return "The request body must be a JSON object.";
		}
		String refused = VariableValues.refusalOfMaps(tree);
		if (refused != null) {
			return refused;
		}
		Optional<Set<String>> allowed = task.flatMap((t) -> allowedForTask(t.getTaskDefinitionKey()))
			.or(() -> isStart(route) ? startKey(route).flatMap(this::allowedForStart) : Optional.empty());
		return allowed.map((names) -> VariableValues.outsideForm(tree.path("variables"), names)).orElse(null);
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || type.toLowerCase(Locale.ROOT).contains("json");
	}

	/** {@code POST task/{id}/complete|submit-form|resolve} */
	private static boolean isCompletion(EngineRoute route) {
		return route.is("POST", "task", "*", "complete") || route.is("POST", "task", "*", "submit-form")
				|| route.is("POST", "task", "*", "resolve");
	}

	/**
	 * {@code POST process-definition/{id}|key/{key}[/tenant-id/{t}]/start|submit-form}
	 */
	private static boolean isStart(EngineRoute route) {
		if (route.size() < 3 || !"POST".equals(route.method()) || !"process-definition".equals(route.segment(0))) {
			return false;
		}
		String last = route.segment(route.size() - 1);
		return "start".equals(last) || "submit-form".equals(last);
	}

	/** {@code POST process-definition/…/start}: a start without the start form. */
	private static boolean isPlainStart(EngineRoute route) {
		return isStart(route) && "start".equals(route.segment(route.size() - 1));
	}

	/**
	 * {@code PUT …/variables/{name}} or {@code …/localVariables/{name}}: one variable.
	 */
	private static boolean isSingleVariable(EngineRoute route) {
		return "PUT".equals(route.method()) && route.size() >= 4 && VARIABLES.contains(route.segment(route.size() - 2));
	}

	/**
	 * {@code POST …/variables/{name}/data}: a file, bytes or an object in multipart form.
	 */
	private static boolean isUpload(EngineRoute route) {
		return route.size() >= 5 && "data".equals(route.segment(route.size() - 1))
				&& VARIABLES.contains(route.segment(route.size() - 3));
	}

	private Optional<String> startKey(EngineRoute route) {
		if ("key".equals(route.segment(1)) && route.size() >= 4) {
			return Optional.of(route.value(2));
		}
		String id = route.value(1);
		ProcessDefinitionEntity definition = this.engine.getCommandExecutorTxRequired()
			.execute((context) -> context.getProcessDefinitionManager().findLatestProcessDefinitionById(id));
		return Optional.ofNullable(definition).map(ProcessDefinitionEntity::getKey);
	}

	/**
	 * The task, whoever may see it (the completion itself checks that the caller may).
	 */
	private Optional<TaskEntity> task(String id) {
		return Optional.ofNullable(this.engine.getCommandExecutorTxRequired()
			.execute((context) -> context.getTaskManager().findTaskById(id)));
	}

	private Optional<Set<String>> allowedForTask(String taskDefinitionKey) {
		return this.forms.stream().map((form) -> form.ofTask(taskDefinitionKey)).flatMap(Optional::stream).findFirst();
	}

	private Optional<Set<String>> allowedForStart(String processKey) {
		return this.forms.stream().map((form) -> form.ofStart(processKey)).flatMap(Optional::stream).findFirst();
	}

	private static void refuse(HttpServletResponse response, int status, String refusal) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, String> error = Map.of("type", "InvalidRequestException", "message", refusal);
		response.getWriter().write(JSON.writeValueAsString(error));
	}

}
