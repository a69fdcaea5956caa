package io.guichet.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.guichet.common.Actor;
import io.guichet.staff.Staff;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds to the variables of a task's form ({@code GET …/task/{id}/form-variables}, as
 * Tasklist loads them, on {@code /engine-rest} and the webapps' copy of it) what the
 * module owning the task reads from the domain for the person opening it
 * ({@link TaskFormData}). Only answers the engine gave (200: the person may read the
 * task) are completed; the person is the one Camunda authenticated.
 */
class TaskFormDataFilter extends OncePerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final List<TaskFormData> forms;

	TaskFormDataFilter(TaskService tasks, RuntimeService runtime, IdentityService identity, List<TaskFormData> forms) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.identity = identity;
		this.forms = forms;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<EngineRoute> route = EngineRoute.of(request).filter((r) -> r.is("GET", "task", "*", "form-variables"));
		if (route.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Actor viewer = viewer(request);
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		byte[] body = answer.getContentAsByteArray();
		if (answer.getStatus() == HttpServletResponse.SC_OK && viewer != Actor.SYSTEM) {
			Optional<byte[]> completed = complete(route.get().value(1), viewer, body,
					request.getParameter("variableNames"));
			if (completed.isPresent()) {
				answer.resetBuffer();
				response.setContentLength(completed.get().length);
				response.getOutputStream().write(completed.get());
				response.flushBuffer();
				return;
			}
		}
		answer.copyBodyToResponse();
	}

	private Optional<byte[]> complete(String taskId, Actor viewer, byte[] body, String names) throws IOException {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		String businessKey = businessKey(task);
		if (businessKey == null) {
			return Optional.empty();
		}
		for (TaskFormData form : this.forms) {
			Optional<Map<String, Object>> data = form.forTask(task.getTaskDefinitionKey(), businessKey, viewer);
			if (data.isPresent()) {
				Set<String> wanted = (names == null || names.isBlank()) ? null
						: new HashSet<>(Arrays.asList(names.split(",")));
				ObjectNode variables = (ObjectNode) JSON.readTree(new String(body, StandardCharsets.UTF_8));
				data.get().forEach((name, value) -> {
					if (wanted == null || wanted.contains(name)) {
						variables.set(name, typed(value));
					}
				});
				return Optional.of(JSON.writeValueAsBytes(variables));
			}
		}
		return Optional.empty();
	}

	private String businessKey(Task task) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return (instance != null) ? instance.getBusinessKey() : null;
	}

	/** A value as the engine's REST API writes it. */
	private static JsonNode typed(Object value) {
		ObjectNode typed = JSON.createObjectNode();
		try {
			if (value instanceof String || value == null) {
				typed.put("type", (value == null) ? "Null" : "String");
				typed.put("value", (String) value);
			}
			else if (value instanceof Boolean flag) {
				typed.put("type", "Boolean");
				typed.put("value", flag);
			}
			else if (value instanceof Integer || value instanceof Long) {
				typed.put("type", "Long");
				typed.put("value", ((Number) value).longValue());
			}
			else {
				typed.put("type", "Json");
				typed.put("value", JSON.writeValueAsString(value));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("A form value cannot be written as JSON", ex);
		}
		typed.set("valueInfo", JSON.createObjectNode());
		return typed;
	}

	/**
	 * The user Camunda authenticated: on the engine REST API, or in the webapps' session.
	 */
	private Actor viewer(HttpServletRequest request) {
		org.camunda.bpm.engine.impl.identity.Authentication current = this.identity.getCurrentAuthentication();
		if (current != null && current.getUserId() != null) {
			return Staff.actor(current.getUserId(), current.getGroupIds());
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Actor.SYSTEM;
		}
		Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
		if (signedIn == null
				|| !(signedIn.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user)
				|| user.getIdentityId() == null) {
			return Actor.SYSTEM;
		}
		return Staff.actor(user.getIdentityId(), List.copyOf(user.getGroupIds()));
	}

}
