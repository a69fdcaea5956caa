package io.guichet.project.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;

import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.console.ConsoleTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * How the project pages read amounts, and their refusals: a project that does not exist
 * (or is hidden from the user) gets a page that says so; a refused change without a field
 * of its own (409, such as any change to a closed project) goes back to the project page,
 * which shows why.
 */
@ControllerAdvice(assignableTypes = { ProjectPagesController.class, ProjectFormPagesController.class,
		ProjectClientPagesController.class, ProjectTeamPagesController.class })
class ProjectPageErrors {

	private final ConsoleTexts texts;

	ProjectPageErrors(ConsoleTexts texts) {
		this.texts = texts;
	}

	/**
	 * Amounts as people type them ({@code 12 500,50} or {@code 12500.50}); blank is none,
	 * anything else a field error.
	 */
	@InitBinder
	void binding(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
	}

	@ExceptionHandler(NotFoundException.class)
	String missing(Principal user, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("user", (user != null) ? user.getName() : null);
		return "project/project-missing";
	}

	@ExceptionHandler(ConflictException.class)
	String refused(ConflictException ex, HttpServletRequest request) {
		return backWith(this.texts.text(ex), request);
	}

	/** A refusal with no form field of its own on the page (e.g. removing a client). */
	@ExceptionHandler(FieldErrorsException.class)
	String refused(FieldErrorsException ex, HttpServletRequest request) {
		return backWith(ex.errors()
			.stream()
			.map((e) -> this.texts.text(e.messageKey(), e.args()))
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

	/**
	 * Shown as {@link BigDecimal#toString()}: never a million zeros for a typed
	 * 1e-999999.
	 */
	static class AmountEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String digits = (text != null) ? text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.') : "";
			setValue(digits.isEmpty() ? null : new BigDecimal(digits));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

}
