package io.guichet.console;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.PageResult;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectState;
import io.guichet.project.ProjectSummary;
import io.guichet.staff.Staff;

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
 * The console's projects: the list (search, state filter, paging), the project page, and
 * closing, reopening and deleting a project (closing and deleting ask first). Forms are
 * in {@link ProjectFormPagesController}, project contacts in
 * {@link ProjectTeamPagesController}.
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects")
class ProjectPagesController {

	private final ProjectBook projects;

	private final ClientDirectory clients;

	private final ProjectPage page;

	ProjectPagesController(ProjectBook projects, ClientDirectory clients, ProjectPage page) {
		this.projects = projects;
		this.clients = clients;
		this.page = page;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
		ProjectState filter = stateOf(state);
		PageResult<ProjectSummary> result = this.projects.search(query, null, filter, Math.max(0, page),
				ConsolePages.PAGE_SIZE, Staff.actor(user));
		Map<UUID, String> clientNames = new HashMap<>();
		result.items()
			.forEach((project) -> clientNames.computeIfAbsent(project.primaryClientId(),
					(id) -> this.clients.find(id).map(ClientSummary::name).orElse(null)));
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("state", (filter != null) ? filter.name() : "");
		model.addAttribute("result", result);
		model.addAttribute("pages",
				Math.max(1, (result.total() + ConsolePages.PAGE_SIZE - 1) / ConsolePages.PAGE_SIZE));
		model.addAttribute("clientNames", clientNames);
		model.addAttribute("mayWrite", Staff.mayWrite(user));
		return "console/projects";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		return this.page.show(id, user, model);
	}

	@PostMapping("/{id}/closure")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Authentication user,
			Model model, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		String name = this.projects.get(id, Staff.actor(user)).name();
		if (!confirmed) {
			return ConsolePages.confirm(model, this.page.text("console.project.close.question", name),
					"/console/projects/" + id + "/closure", "/console/projects/" + id, Map.of());
		}
		this.projects.close(id, Staff.actor(user));
		redirect.addFlashAttribute("notice", this.page.text("console.project.closed-done", name));
		return "redirect:/console/projects/" + id;
	}

	@PostMapping("/{id}/reopening")
	String reopen(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		String name = this.projects.get(id, Staff.actor(user)).name();
		this.projects.reopen(id, Staff.actor(user));
		redirect.addFlashAttribute("notice", this.page.text("console.project.reopened", name));
		return "redirect:/console/projects/" + id;
	}

	@PostMapping("/{id}/deletion")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Authentication user,
			Model model, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		String name = this.projects.get(id, Staff.actor(user)).name();
		if (!confirmed) {
			return ConsolePages.confirm(model, this.page.text("console.project.delete.question", name),
					"/console/projects/" + id + "/deletion", "/console/projects/" + id, Map.of());
		}
		this.projects.delete(id, Staff.actor(user));
		redirect.addFlashAttribute("notice", this.page.text("console.project.deleted", name));
		return "redirect:/console/projects";
	}

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
