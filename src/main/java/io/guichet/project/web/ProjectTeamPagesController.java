package io.guichet.project.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;
import io.guichet.project.AssignmentChange;
import io.guichet.project.AssignmentForm;
import io.guichet.project.CloneRequest;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.Member;
import io.guichet.project.ProjectTeam;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * Project contacts from the project page: assign a contact of the project's clients with
 * a rate and custom permissions, change them, clone one contact's custom permissions to
 * others, go back to the portal-level ones, take a contact off (asks first, may tell the
 * contact by e-mail). The permissions are custom only when {@code custom} is ticked.
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects/{id}/contacts")
class ProjectTeamPagesController {

	private final ProjectTeam team;

	private final ProjectBook projects;

	private final ProjectPage page;

	private final ConsoleTexts texts;

	ProjectTeamPagesController(ProjectTeam team, ProjectBook projects, ProjectPage page, ConsoleTexts texts) {
		this.team = team;
		this.projects = projects;
		this.page = page;
		this.texts = texts;
	}

	@PostMapping
	String assign(@PathVariable UUID id, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult result,
			@RequestParam(required = false) String custom, @RequestParam MultiValueMap<String, String> typed,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.team.assign(id, new AssignmentForm(form.contactId(), form.hourlyRate(),
						permissions(custom, form.permissions())), actor);
				redirect.addFlashAttribute("notice",
						this.texts.text("console.project.assigned", nameOf(id, form.contactId(), actor)));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				ProjectPage.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, actor, model, "assign", typed);
	}

	/** The rate and the permissions: custom ones, or (unticked) the portal-level ones. */
	@PostMapping("/{contactId}")
	String change(@PathVariable UUID id, @PathVariable UUID contactId,
			@Valid @ModelAttribute("form") AssignmentChange form, BindingResult result,
			@RequestParam(required = false) String custom, @RequestParam MultiValueMap<String, String> typed,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.team.change(id, contactId,
						new AssignmentChange(form.hourlyRate(), permissions(custom, form.permissions())), actor);
				redirect.addFlashAttribute("notice",
						this.texts.text("console.project.member.changed", nameOf(id, contactId, actor)));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				ProjectPage.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, actor, model, "change-" + contactId, typed);
	}

	/** Copies this contact's custom permissions to the contacts ticked. */
	@PostMapping("/{contactId}/permissions/clone")
	String cloneOverride(@PathVariable UUID id, @PathVariable UUID contactId,
			@Valid @ModelAttribute("form") CloneRequest form, BindingResult result,
			@RequestParam MultiValueMap<String, String> typed, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.team.cloneOverride(id, contactId, form.contactIds(), actor);
				redirect.addFlashAttribute("notice", this.texts.text("console.project.cloned",
						nameOf(id, contactId, actor), form.contactIds().size()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				ProjectPage.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, actor, model, "clone-" + contactId, typed);
	}

	/** Back to the portal-level permissions. */
	@PostMapping("/{contactId}/permissions/removal")
	String removeOverride(@PathVariable UUID id, @PathVariable UUID contactId, Actor actor,
			RedirectAttributes redirect) {
		this.team.removeOverride(id, contactId, actor);
		redirect.addFlashAttribute("notice",
				this.texts.text("console.project.override.removed", nameOf(id, contactId, actor)));
		return "redirect:/console/projects/" + id;
	}

	/** Asks first; {@code notify=true}: the contact is told by e-mail. */
	@PostMapping("/{contactId}/removal")
	String unassign(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "false") boolean notify,
			@RequestParam(defaultValue = "false") boolean confirmed, Actor actor, Model model,
			RedirectAttributes redirect) {
		ProjectDetails project = this.projects.get(id, actor);
		String name = memberOf(project, contactId).name();
		if (!confirmed) {
			return ConsolePages.confirm(model,
					this.texts.text(
							notify ? "console.project.member.remove.notify" : "console.project.member.remove.question",
							name, project.name()),
					"/console/projects/" + id + "/contacts/" + contactId + "/removal", "/console/projects/" + id,
					Map.of("notify", Boolean.toString(notify)));
		}
		this.team.unassign(id, contactId, notify, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.project.member.removed", name));
		return "redirect:/console/projects/" + id;
	}

	/**
	 * The ticked permissions when custom ones are asked for, else none (portal level).
	 */
	private static List<String> permissions(String custom, List<String> ticked) {
		return "true".equals(custom) ? ((ticked != null) ? ticked : List.of()) : null;
	}

	private String nameOf(UUID projectId, UUID contactId, Actor actor) {
		return memberOf(this.projects.get(projectId, actor), contactId).name();
	}

	private static Member memberOf(ProjectDetails project, UUID contactId) {
		return project.contacts()
			.stream()
			.filter((member) -> member.contactId().equals(contactId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project contact"));
	}

}
