package io.guichet.project.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsoleTexts;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.ClientLine;
import io.guichet.project.ProjectDetails.Person;
import io.guichet.project.ProjectForm;
import io.guichet.project.ProjectState;
import io.guichet.project.web.ProjectPage.ContactOption;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new- and edit-project form: the primary client chosen with the type-ahead (other
 * clients are added on the project page), dates, budget and the three named contacts;
 * every error next to its field, nothing written while one is left.
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects")
class ProjectFormPagesController {

	private final ProjectBook projects;

	private final ClientDirectory clients;

	private final ProjectPage page;

	private final ConsoleTexts texts;

	private final SmartValidator validator;

	ProjectFormPagesController(ProjectBook projects, ClientDirectory clients, ProjectPage page, ConsoleTexts texts,
			jakarta.validation.Validator validator) {
		this.projects = projects;
		this.clients = clients;
		this.page = page;
		this.texts = texts;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** {@code ?clientId=}: the form starts with that client chosen. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String clientId, Authentication user, Actor actor, Model model) {
		Staff.requireWriter(user);
		ProjectPageForm form = ProjectPage.uuid(clientId)
			.flatMap((id) -> this.clients.visibleTo(id, actor))
			.map((client) -> ProjectPageForm.of(client.id(), client.name()))
			.orElse(ProjectPageForm.of(null, null));
		model.addAttribute("form", form);
		return form(model, form, null, actor);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ProjectPageForm form, BindingResult result, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProjectForm command = command(form, List.of(), actor, result);
		if (!result.hasErrors()) {
			try {
				UUID id = this.projects.create(command, actor);
				redirect.addFlashAttribute("notice",
						this.texts.text("console.project.created", command.name().strip()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				ProjectPage.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, form, null, actor);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication user, Actor actor, Model model, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		ProjectDetails project = this.projects.get(id, actor);
		if (project.state() == ProjectState.CLOSED) {
			redirect.addFlashAttribute("problem", this.texts.text("guichet.project.closed", project.name()));
			return "redirect:/console/projects/" + id;
		}
		ProjectPageForm form = ProjectPageForm.of(project);
		model.addAttribute("form", form);
		return form(model, form, project, actor);
	}

	/**
	 * A primary client not yet of the project joins it; the former primary client stays
	 * as another client.
	 */
	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") ProjectPageForm form, BindingResult result,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ProjectDetails project = this.projects.get(id, actor);
		ProjectForm command = command(form, project.clients(), actor, result);
		if (!result.hasErrors()) {
			try {
				this.projects.update(id, command, actor);
				redirect.addFlashAttribute("notice", this.texts.text("console.project.saved", command.name().strip()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				ProjectPage.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, form, project, actor);
	}

	/**
	 * The command the page's fields make, with the project's other clients; its
	 * violations are bound to the page's fields of the same names.
	 */
	private ProjectForm command(ProjectPageForm form, List<ClientLine> others, Actor actor, BindingResult result) {
		UUID primary = this.page.chosenClient(form.clientName(), form.clientId(), actor, result).orElse(null);
		ProjectForm command = form.toCommand(others, primary);
		this.validator.validate(command, result);
		return command;
	}

	private String form(Model model, ProjectPageForm form, ProjectDetails project, Actor actor) {
		Set<UUID> clientIds = new LinkedHashSet<>();
		List<Person> named = new ArrayList<>();
		if (project != null) {
			project.clients().forEach((client) -> clientIds.add(client.id()));
			Stream.of(project.submissionContact(), project.billingContact(), project.executionContact())
				.filter((person) -> person != null)
				.forEach(named::add);
		}
		this.page.client(form.clientName(), form.clientId(), actor).ifPresent(clientIds::add);
		List<ContactOption> contacts = new ArrayList<>(this.page.contactOptions(clientIds, actor));
		// a named contact beyond the first page of its client stays in the list
		named.stream()
			.filter((person) -> contacts.stream().noneMatch((option) -> option.id().equals(person.id())))
			.distinct()
			.forEach((person) -> contacts.add(new ContactOption(person.id(), person.name())));
		model.addAttribute("project", project);
		model.addAttribute("contacts", contacts);
		model.addAttribute("dateFields", ProjectPageForm.DATES);
		model.addAttribute("namedFields", ProjectPageForm.NAMED);
		return "project/project-form";
	}

}
