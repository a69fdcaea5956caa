package io.guichet.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.project.AssignmentChange;
import io.guichet.project.AssignmentForm;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.Member;
import io.guichet.project.ProjectTeam;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

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
 * Project contacts from the project page (Zoho seed): assign a contact of the project's
 * clients with a rate and custom permissions, change them, clone one contact's custom
 * permissions to others, go back to the portal-level ones, take a contact off (asks
 * first, may tell the contact by e-mail).
 */
@Controller
@ConsolePage
@RequestMapping("/console/projects/{id}/contacts")
class ProjectTeamPagesController {

	private final ProjectTeam team;

	private final ProjectBook projects;

	private final ProjectPage page;

	private final Validator validator;

	ProjectTeamPagesController(ProjectTeam team, ProjectBook projects, ProjectPage page, Validator validator) {
		this.team = team;
		this.projects = projects;
		this.page = page;
		this.validator = validator;
	}

	@PostMapping
	String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Authentication user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		Map<String, String> errors = new LinkedHashMap<>();
		UUID contactId = ClientChoice.uuid(values.getFirst("contactId")).orElse(null);
		AssignmentForm form = new AssignmentForm(contactId, rate(values, errors), permissions(values));
		this.validator.validate(form)
			.forEach((v) -> errors.putIfAbsent(ProjectPage.field(v.getPropertyPath().toString()), v.getMessage()));
		if (errors.isEmpty()) {
			try {
				this.team.assign(id, form, Staff.actor(user));
				redirect.addFlashAttribute("notice",
						this.page.text("console.project.assigned", nameOf(id, contactId, user)));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				this.page.refused(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, user, model, "assign", errors, values);
	}

	/** The rate and the permissions: custom ones, or (unticked) the portal-level ones. */
	@PostMapping("/{contactId}")
	String change(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam MultiValueMap<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		Map<String, String> errors = new LinkedHashMap<>();
		AssignmentChange change = new AssignmentChange(rate(values, errors), permissions(values));
		this.validator.validate(change)
			.forEach((v) -> errors.putIfAbsent(ProjectPage.field(v.getPropertyPath().toString()), v.getMessage()));
		if (errors.isEmpty()) {
			try {
				this.team.change(id, contactId, change, Staff.actor(user));
				redirect.addFlashAttribute("notice",
						this.page.text("console.project.member.changed", nameOf(id, contactId, user)));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				this.page.refused(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, user, model, "change-" + contactId, errors, values);
	}

	/** Copies this contact's custom permissions to the contacts ticked. */
	@PostMapping("/{contactId}/permissions/clone")
	String cloneOverride(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam MultiValueMap<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Staff.requireWriter(user);
		Map<String, String> errors = new LinkedHashMap<>();
		List<UUID> targets = new ArrayList<>();
		for (String typed : values.getOrDefault("contactIds", List.of())) {
			Optional<UUID> target = ClientChoice.uuid(typed);
			target.ifPresent(targets::add);
			if (target.isEmpty()) {
				errors.put("contactIds", this.page.text("guichet.project.not-assigned"));
			}
		}
		if (errors.isEmpty()) {
			try {
				this.team.cloneOverride(id, contactId, targets, Staff.actor(user));
				redirect.addFlashAttribute("notice",
						this.page.text("console.project.cloned", nameOf(id, contactId, user), targets.size()));
				return "redirect:/console/projects/" + id;
			}
			catch (FieldErrorsException ex) {
				this.page.refused(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.show(id, user, model, "clone-" + contactId, errors, values);
	}

	/** Back to the portal-level permissions. */
	@PostMapping("/{contactId}/permissions/removal")
	String removeOverride(@PathVariable UUID id, @PathVariable UUID contactId, Authentication user,
			RedirectAttributes redirect) {
		Staff.requireWriter(user);
		this.team.removeOverride(id, contactId, Staff.actor(user));
		redirect.addFlashAttribute("notice",
				this.page.text("console.project.override.removed", nameOf(id, contactId, user)));
		return "redirect:/console/projects/" + id;
	}

	/** Asks first; {@code notify=true}: the contact is told by e-mail. */
	@PostMapping("/{contactId}/removal")
	String unassign(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "false") boolean notify,
			@RequestParam(defaultValue = "false") boolean confirmed, Authentication user, Model model,
			RedirectAttributes redirect) {
		Staff.requireWriter(user);
		ProjectDetails project = this.projects.get(id, Staff.actor(user));
		String name = memberOf(project, contactId).name();
		if (!confirmed) {
			return ConsolePages.confirm(model,
					this.page.text(
							notify ? "console.project.member.remove.notify" : "console.project.member.remove.question",
							name, project.name()),
					"/console/projects/" + id + "/contacts/" + contactId + "/removal", "/console/projects/" + id,
					Map.of("notify", Boolean.toString(notify)));
		}
		this.team.unassign(id, contactId, notify, Staff.actor(user));
		redirect.addFlashAttribute("notice", this.page.text("console.project.member.removed", name));
		return "redirect:/console/projects/" + id;
	}

	private BigDecimal rate(MultiValueMap<String, String> values, Map<String, String> errors) {
		return this.page.amount(values.getFirst("hourlyRate"), "hourlyRate", errors);
	}

	/**
	 * The ticked permissions when "custom permissions" is ticked, else none (portal
	 * level).
	 */
	private static List<String> permissions(MultiValueMap<String, String> values) {
		return "true".equals(values.getFirst("custom")) ? values.getOrDefault("permissions", List.of()) : null;
	}

	private String nameOf(UUID projectId, UUID contactId, Authentication user) {
		return memberOf(this.projects.get(projectId, Staff.actor(user)), contactId).name();
	}

	private static Member memberOf(ProjectDetails project, UUID contactId) {
		return project.contacts()
			.stream()
			.filter((member) -> member.contactId().equals(contactId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project contact"));
	}

}
