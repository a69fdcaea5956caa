package io.guichet.project.web;

import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsoleTexts;
import io.guichet.project.ProjectClients;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's clients, from the project page: add one chosen with the type-ahead (primary
 * if asked), make another one primary, take one off. A refusal without a field of its own
 * is shown on the project page ({@link ProjectPageErrors}).
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects/{id}/clients")
class ProjectClientPagesController {

	private final ProjectClients projectClients;

	private final ClientDirectory clients;

	private final ProjectPage page;

	private final ConsoleTexts texts;

	ProjectClientPagesController(ProjectClients projectClients, ClientDirectory clients, ProjectPage page,
			ConsoleTexts texts) {
		this.projectClients = projectClients;
		this.clients = clients;
		this.page = page;
		this.texts = texts;
	}

	@PostMapping
	String add(@PathVariable UUID id, @ModelAttribute("form") ProjectClientForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> typed, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<UUID> client = this.page.chosenClient(form.clientName(), form.clientId(), actor, result);
		if (!result.hasErrors()) {
			try {
				this.projectClients.add(id, client.orElseThrow(), form.isPrimary(), actor);
				redirect.addFlashAttribute("notice",
						this.texts.text("console.project.client.added", form.clientName().strip()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				ProjectPage.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, actor, model, "client", typed);
	}

	@PostMapping("/{clientId}/primary")
	String makePrimary(@PathVariable UUID id, @PathVariable UUID clientId, Actor actor, RedirectAttributes redirect) {
		this.projectClients.makePrimary(id, clientId, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.project.client.primary-done", nameOf(clientId)));
		return "redirect:/console/projects/" + id;
	}

	@PostMapping("/{clientId}/removal")
	String remove(@PathVariable UUID id, @PathVariable UUID clientId, Actor actor, RedirectAttributes redirect) {
		this.projectClients.remove(id, clientId, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.project.client.removed", nameOf(clientId)));
		return "redirect:/console/projects/" + id;
	}

	private String nameOf(UUID clientId) {
		return this.clients.find(clientId).map(ClientSummary::name).orElse("");
	}

}
