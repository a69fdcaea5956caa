package io.guichet.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.project.ClientLink;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.ClientLine;
import io.guichet.project.ProjectForm;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's clients, from the project page (Zoho seed): add one chosen with the
 * type-ahead (primary if asked), make another one primary, take one off.
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects/{id}/clients")
class ProjectClientPagesController {

	private final ProjectBook projects;

	private final ProjectPage page;

	ProjectClientPagesController(ProjectBook projects, ProjectPage page) {
		this.projects = projects;
		this.page = page;
	}

	@PostMapping
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Authentication user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		ProjectDetails project = this.projects.get(id, Staff.actor(user));
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<UUID> client = this.page.client(values.toSingleValueMap(), Staff.actor(user), errors);
		if (client.isPresent()) {
			UUID primary = "true".equals(values.getFirst("primary")) ? client.get() : primaryOf(project);
			try {
				change(project, ProjectPage.clients(project, primary, client.get(), null), user);
				redirect.addFlashAttribute("notice",
						this.page.text("console.project.client.added", values.getFirst("clientName").strip()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				this.page.refused(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, user, model, "client", errors, values);
	}

	@PostMapping("/{clientId}/primary")
	String makePrimary(@PathVariable UUID id, @PathVariable UUID clientId, Authentication user,
			RedirectAttributes redirect) {
		Staff.requireWriter(user);
		ProjectDetails project = this.projects.get(id, Staff.actor(user));
		ClientLine client = clientOf(project, clientId);
		change(project, ProjectPage.clients(project, clientId, null, null), user);
		redirect.addFlashAttribute("notice", this.page.text("console.project.client.primary-done", client.name()));
		return "redirect:/console/projects/" + id;
	}

	/**
	 * Refused for the primary client, and while a named or assigned contact works for the
	 * client (the project page says why).
	 */
	@PostMapping("/{clientId}/removal")
	String remove(@PathVariable UUID id, @PathVariable UUID clientId, Authentication user,
			RedirectAttributes redirect) {
		Staff.requireWriter(user);
		ProjectDetails project = this.projects.get(id, Staff.actor(user));
		ClientLine client = clientOf(project, clientId);
		boolean named = Stream.of(project.submissionContact(), project.billingContact(), project.executionContact())
			.anyMatch((person) -> person != null && clientId.equals(person.clientId()));
		String refusal = client.primary() ? "console.project.client.primary-stays"
				: named ? "console.project.client.named" : null;
		if (refusal != null) {
			redirect.addFlashAttribute("problem", this.page.text(refusal));
			return "redirect:/console/projects/" + id;
		}
		change(project, ProjectPage.clients(project, primaryOf(project), null, clientId), user);
		redirect.addFlashAttribute("notice", this.page.text("console.project.client.removed", client.name()));
		return "redirect:/console/projects/" + id;
	}

	/** Every other value of the project unchanged, these clients instead of its own. */
	private void change(ProjectDetails project, List<ClientLink> clients, Authentication user) {
		ProjectForm form = new ProjectForm(project.name(), clients, project.submissionEndDate(), project.startDate(),
				project.endDate(), project.estimatedBudget(),
				ProjectFormPagesController.idOf(project.submissionContact()),
				ProjectFormPagesController.idOf(project.billingContact()),
				ProjectFormPagesController.idOf(project.executionContact()));
		this.projects.update(project.id(), form, Staff.actor(user));
	}

	private static UUID primaryOf(ProjectDetails project) {
		return project.clients().stream().filter(ClientLine::primary).map(ClientLine::id).findFirst().orElse(null);
	}

	private static ClientLine clientOf(ProjectDetails project, UUID clientId) {
		return project.clients()
			.stream()
			.filter((client) -> client.id().equals(clientId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project client"));
	}

}
