package io.guichet.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.guichet.access.AccessState;
import io.guichet.access.ManagerTeam;
import io.guichet.access.ManagerTeam.Manager;
import io.guichet.access.ManagerTeam.TeamMember;
import io.guichet.access.Role;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PageResult;
import io.guichet.contact.ContactCard;
import io.guichet.portal.TeamController.Invitation;
import io.guichet.project.ProjectBook;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A client manager's team page, on the services of the team API: the own company's
 * contacts, paged; invite a colleague (an approver reviews it first), change a role, and
 * remove an access or move assignments, both asked first.
 */
@Controller
@RequestMapping("/portal/team")
class TeamPagesController {

	private final ManagerTeam team;

	private final ProjectBook projects;

	private final Validator validator;

	private final MessageSource messages;

	TeamPagesController(ManagerTeam team, ProjectBook projects, Validator validator, MessageSource messages) {
		this.team = team;
		this.projects = projects;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String team(@RequestParam(defaultValue = "0") int page, Authentication contact, Model model) {
		model.addAttribute("values", Map.of("role", Role.REQUESTER.name()));
		model.addAttribute("errors", Map.of());
		return show(manager(contact), page, model);
	}

	/**
	 * The same notice whether the e-mail was known or not: the page tells nothing about
	 * other companies' contacts.
	 */
	@PostMapping("/invite")
	String invite(@RequestParam Map<String, String> values, Authentication contact, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Manager manager = manager(contact);
		Invitation invitation = new Invitation(values.get("firstName"), values.get("lastName"), values.get("email"),
				values.get("phone"), values.get("mobile"), values.get("otherChannel"), role(values.get("role")),
				values.get("language"));
		Map<String, String> errors = new HashMap<>();
		this.validator.validate(invitation)
			.forEach((v) -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("values", values);
			model.addAttribute("errors", errors);
			return show(manager, 0, model);
		}
		this.team.invite(manager, invitation.details(), invitation.role());
		redirect.addFlashAttribute("notice",
				text("portal.team.invited", invitation.firstName().strip() + " " + invitation.lastName().strip()));
		return "redirect:/portal/team";
	}

	@PostMapping("/{contactId}/role")
	String changeRole(@PathVariable UUID contactId, @RequestParam(required = false) String role,
			@RequestParam(defaultValue = "0") int page, Authentication contact, RedirectAttributes redirect) {
		Manager manager = manager(contact);
		ContactCard colleague = this.team.colleague(manager, contactId);
		Role chosen = role(role);
		return attempt(page, redirect, () -> {
			if (chosen == null) {
				throw FieldErrorsException.of("role", "guichet.validation.role");
			}
			this.team.changeRole(manager, contactId, chosen);
			return text("portal.team.role-changed", colleague.fullName(), text("portal.role." + chosen));
		});
	}

	@PostMapping("/{contactId}/remove")
	String remove(@PathVariable UUID contactId, @RequestParam(defaultValue = "false") boolean notify,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "0") int page,
			Authentication contact, Model model, RedirectAttributes redirect) {
		Manager manager = manager(contact);
		ContactCard colleague = this.team.colleague(manager, contactId);
		if (!confirmed) {
			model.addAttribute("notifyChoice", true);
			return PortalPages.confirm(model, text("portal.team.remove.question", colleague.fullName()),
					"/portal/team/" + contactId + "/remove", back(page), Map.of("page", Integer.toString(page)));
		}
		return attempt(page, redirect, () -> {
			this.team.remove(manager, contactId, notify);
			return text("portal.team.removed", colleague.fullName());
		});
	}

	/** Moves one colleague's assignments in open projects to another colleague. */
	@PostMapping("/{contactId}/move")
	String move(@PathVariable UUID contactId, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "0") int page,
			Authentication contact, Model model, RedirectAttributes redirect) {
		Manager manager = manager(contact);
		ContactCard from = this.team.colleague(manager, contactId);
		Optional<ContactCard> target = id(to).map((id) -> this.team.colleague(manager, id));
		if (target.isEmpty()) {
			redirect.addFlashAttribute("problem", text("portal.team.move.choose"));
			return back("redirect:", page);
		}
		ContactCard into = target.get();
		if (!confirmed) {
			return PortalPages.confirm(model, text("portal.team.move.question", from.fullName(), into.fullName()),
					"/portal/team/" + contactId + "/move", back(page),
					Map.of("to", into.id().toString(), "page", Integer.toString(page)));
		}
		return attempt(page, redirect,
				() -> text("portal.team.moved", this.projects.moveAssignments(contactId, into.id(), manager.actor()),
						from.fullName(), into.fullName()));
	}

	private String show(Manager manager, int page, Model model) {
		PageResult<TeamMember> result = this.team.team(manager, Math.max(page, 0), PortalPages.PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items().stream().map((member) -> Row.of(member, manager)).toList());
		model.addAttribute("colleagues", this.team.team(manager));
		model.addAttribute("roles", Role.values());
		return "portal/team";
	}

	/** Runs an action and goes back to the list with its notice, or with the refusal. */
	private String attempt(int page, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
		catch (FieldErrorsException ex) {
			redirect.addFlashAttribute("problem",
					ex.errors()
						.stream()
						.map((error) -> text(error.messageKey(), error.args()))
						.collect(Collectors.joining(" ")));
		}
		return back("redirect:", page);
	}

	private Manager manager(Authentication contact) {
		return this.team.manager(UUID.fromString(contact.getName()));
	}

	private static String back(int page) {
		return back("", page);
	}

	private static String back(String prefix, int page) {
		return prefix + "/portal/team" + ((page > 0) ? "?page=" + page : "");
	}

	private static Role role(String value) {
		try {
			return (value != null) ? Role.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Optional<UUID> id(String value) {
		try {
			return Optional.ofNullable(value).filter((v) -> !v.isBlank()).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A line of the list, with what the manager may do to it. */
	record Row(TeamMember member, boolean self, boolean roleChangeable, boolean removable) {

		static Row of(TeamMember member, Manager manager) {
			boolean self = member.contactId().equals(manager.contactId());
			AccessState state = member.state();
			return new Row(member, self, !self && (state == AccessState.ACTIVE || state == AccessState.INVITED),
					!self && state != null && !state.isEnded());
		}

	}

}
