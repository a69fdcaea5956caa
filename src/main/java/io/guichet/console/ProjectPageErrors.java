package io.guichet.console;

import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;

import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refusals on the project pages: a project that does not exist (or is hidden from the
 * user) gets a page that says so; a refused change (409, such as any change to a closed
 * project) goes back to the project page, which shows why.
 */
@ControllerAdvice(assignableTypes = { ProjectPagesController.class, ProjectFormPagesController.class,
		ProjectClientPagesController.class, ProjectTeamPagesController.class })
class ProjectPageErrors {

	private final ProjectPage page;

	ProjectPageErrors(ProjectPage page) {
		this.page = page;
	}

	@ExceptionHandler(NotFoundException.class)
	String missing(Principal user, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("user", (user != null) ? user.getName() : null);
		return "console/project-missing";
	}

	@ExceptionHandler(ConflictException.class)
	String refused(ConflictException ex, HttpServletRequest request) {
		return backWith(this.page.problem(ex), request);
	}

	/** A refusal with no form field of its own on the page (e.g. removing a client). */
	@ExceptionHandler(FieldErrorsException.class)
	String refused(FieldErrorsException ex, HttpServletRequest request) {
		return backWith(ex.errors()
			.stream()
			.map((e) -> this.page.text(e.messageKey(), e.args()))
			.distinct()
			.collect(Collectors.joining(" ")), request);
	}

	private static String backWith(String problem, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", problem);
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = (path != null) ? path.get("id") : null;
		return "redirect:/console/projects" + ((id != null) ? "/" + id : "");
	}

}
