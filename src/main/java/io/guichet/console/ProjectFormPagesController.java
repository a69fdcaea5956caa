package io.guichet.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.console.ProjectPage.ContactOption;
import io.guichet.project.ClientLink;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.ClientLine;
import io.guichet.project.ProjectDetails.Person;
import io.guichet.project.ProjectForm;
import io.guichet.project.ProjectState;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	static final List<String> DATES = List.of("submissionEndDate", "startDate", "endDate");

	static final List<String> NAMED = List.of("submissionContactId", "billingContactId", "executionContactId");

	private final ProjectBook projects;

	private final ClientDirectory clients;

	private final ProjectPage page;

	private final Validator validator;

	ProjectFormPagesController(ProjectBook projects, ClientDirectory clients, ProjectPage page, Validator validator) {
		this.projects = projects;
		this.clients = clients;
		this.page = page;
		this.validator = validator;
	}

	/** {@code ?clientId=}: the form starts with that client chosen. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String clientId, Authentication user, Model model) {
		Staff.requireWriter(user);
		Map<String, String> values = new HashMap<>();
		ClientChoice.uuid(clientId)
			.flatMap(this.clients::find)
			.filter((client) -> this.clients.isVisible(client.id(), Staff.actor(user)))
			.ifPresent((client) -> {
				values.put("clientId", client.id().toString());
				values.put("clientName", client.name());
			});
		return form(model, user, values, Map.of(), null);
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		Actor viewer = Staff.actor(user);
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<UUID> client = this.page.client(values, viewer, errors);
		ProjectForm form = read(values, client.map((id) -> List.of(new ClientLink(id, true))).orElse(List.of()),
				errors);
		if (errors.isEmpty()) {
			try {
				UUID id = this.projects.create(form, viewer);
				redirect.addFlashAttribute("notice", this.page.text("console.project.created", form.name().strip()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				this.page.refused(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, user, values, errors, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication user, Model model, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		ProjectDetails project = this.projects.get(id, Staff.actor(user));
		if (project.state() == ProjectState.CLOSED) {
			redirect.addFlashAttribute("problem", this.page.text("guichet.project.closed", project.name()));
			return "redirect:/console/projects/" + id;
		}
		Map<String, String> values = new HashMap<>();
		values.put("name", project.name());
		project.clients().stream().filter(ClientLine::primary).findFirst().ifPresent((client) -> {
			values.put("clientId", client.id().toString());
			values.put("clientName", client.name());
		});
		values.put("submissionEndDate", text(project.submissionEndDate()));
		values.put("startDate", text(project.startDate()));
		values.put("endDate", text(project.endDate()));
		BigDecimal budget = project.estimatedBudget();
		values.put("estimatedBudget", (budget != null) ? budget.toPlainString() : "");
		values.put("submissionContactId", text(idOf(project.submissionContact())));
		values.put("billingContactId", text(idOf(project.billingContact())));
		values.put("executionContactId", text(idOf(project.executionContact())));
		return form(model, user, values, Map.of(), project);
	}

	/**
	 * A primary client not yet of the project joins it; the former primary client stays
	 * as another client.
	 */
	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		Actor viewer = Staff.actor(user);
		ProjectDetails project = this.projects.get(id, viewer);
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<UUID> primary = this.page.client(values, viewer, errors);
		List<ClientLink> links = primary.map((p) -> ProjectPage.clients(project, p, null, null)).orElse(List.of());
		ProjectForm form = read(values, links, errors);
		if (errors.isEmpty()) {
			try {
				this.projects.update(id, form, viewer);
				redirect.addFlashAttribute("notice", this.page.text("console.project.saved", form.name().strip()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				this.page.refused(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, user, values, errors, project);
	}

	private String form(Model model, Authentication user, Map<String, String> values, Map<String, String> errors,
			ProjectDetails project) {
		Actor viewer = Staff.actor(user);
		Set<UUID> clientIds = new LinkedHashSet<>();
		List<Person> named = new ArrayList<>();
		if (project != null) {
			project.clients().forEach((client) -> clientIds.add(client.id()));
			Stream.of(project.submissionContact(), project.billingContact(), project.executionContact())
				.filter((person) -> person != null)
				.forEach(named::add);
		}
		this.page.client(values, viewer, new HashMap<>()).ifPresent(clientIds::add);
		List<ContactOption> contacts = new ArrayList<>(this.page.contactOptions(clientIds, viewer));
		// a named contact beyond the first page of its client stays in the list
		named.stream()
			.filter((person) -> contacts.stream().noneMatch((option) -> option.id().equals(person.id())))
			.distinct()
			.forEach((person) -> contacts.add(new ContactOption(person.id(), person.name())));
		model.addAttribute("project", project);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("contacts", contacts);
		model.addAttribute("dates", DATES);
		model.addAttribute("named", NAMED);
		return "console/project-form";
	}

	/** The form as typed; what is malformed or invalid goes to {@code errors}. */
	private ProjectForm read(Map<String, String> values, List<ClientLink> clients, Map<String, String> errors) {
		List<LocalDate> dates = DATES.stream().map((f) -> this.page.date(values.get(f), f, errors)).toList();
		List<UUID> named = NAMED.stream().map((f) -> contact(values.get(f), f, errors)).toList();
		ProjectForm form = new ProjectForm(values.get("name"), clients, dates.get(0), dates.get(1), dates.get(2),
				this.page.amount(values.get("estimatedBudget"), "estimatedBudget", errors), named.get(0), named.get(1),
				named.get(2));
		this.validator.validate(form)
			.forEach((v) -> errors.putIfAbsent(ProjectPage.field(v.getPropertyPath().toString()), v.getMessage()));
		return form;
	}

	private UUID contact(String typed, String field, Map<String, String> errors) {
		Optional<UUID> id = ClientChoice.uuid(typed);
		if (id.isEmpty() && typed != null && !typed.isBlank()) {
			errors.put(field, this.page.text("guichet.project.contact-unknown"));
		}
		return id.orElse(null);
	}

	static UUID idOf(Person person) {
		return (person != null) ? person.id() : null;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
