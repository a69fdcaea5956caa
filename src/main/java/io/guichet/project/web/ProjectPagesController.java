package io.guichet.project.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.PageResult;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectState;
import io.guichet.project.ProjectSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's projects: the list (search, state filter, paging), the project page, and
 * closing, reopening and deleting a project (closing and deleting ask first). Forms are
 * in {@link ProjectFormPagesController}, clients in {@link ProjectClientPagesController},
 * project contacts in {@link ProjectTeamPagesController}.
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects")
class ProjectPagesController {

	private final ProjectBook projects;

	private final ClientDirectory clients;

	private final ProjectPage page;

	private final ConsoleTexts texts;

	ProjectPagesController(ProjectBook projects, ClientDirectory clients, ProjectPage page, ConsoleTexts texts) {
		this.projects = projects;
		this.clients = clients;
		this.page = page;
		this.texts = texts;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		ProjectState filter = stateOf(state);
		PageResult<ProjectSummary> result = this.projects.search(query, null, filter, Math.max(0, page),
				ConsolePages.PAGE_SIZE, actor);
		Map<UUID, String> clientNames = new HashMap<>();
		this.clients.findAll(result.items().stream().map(ProjectSummary::primaryClientId).toList())
			.forEach((id, client) -> clientNames.put(id, client.name()));
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("state", (filter != null) ? filter.name() : "");
		model.addAttribute("result", result);
		model.addAttribute("pages",
				Math.max(1, (result.total() + ConsolePages.PAGE_SIZE - 1) / ConsolePages.PAGE_SIZE));
		model.addAttribute("clientNames", clientNames);
		return "project/projects";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		return this.page.show(id, actor, model);
	}

	@PostMapping("/{id}/closure")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
			Model model, RedirectAttributes redirect) {
		String name = this.projects.get(id, actor).name();
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.project.close.question", name),
					"/console/projects/" + id + "/closure", "/console/projects/" + id, Map.of());
		}
		this.projects.close(id, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.project.closed-done", name));
		return "redirect:/console/projects/" + id;
	}

	@PostMapping("/{id}/reopening")
	String reopen(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		String name = this.projects.get(id, actor).name();
		this.projects.reopen(id, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.project.reopened", name));
		return "redirect:/console/projects/" + id;
	}

	@PostMapping("/{id}/deletion")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
			Model model, RedirectAttributes redirect) {
		String name = this.projects.get(id, actor).name();
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.project.delete.question", name),
					"/console/projects/" + id + "/deletion", "/console/projects/" + id, Map.of());
		}
		this.projects.delete(id, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.project.deleted", name));
		return "redirect:/console/projects";
	}

	/** An unknown state lists both. */
	private static ProjectState stateOf(String value) {
		try {
			return (value != null && !value.isBlank()) ? ProjectState.valueOf(value.strip().toUpperCase(Locale.ROOT))
					: null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
