package io.guichet.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.guichet.access.AccessAdmin;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.Onboarding;
import io.guichet.access.Role;
import io.guichet.access.SignInHelp;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
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
 * The buttons of a contact's portal access tab: invite (again), re-send the invitation,
 * send a reminder or a password-reset link, revoke after a confirmation. The sponsor and
 * admins only.
 */
@Controller
@ConsolePage
@RequestMapping("/console/contacts/{id}")
class AccessPagesController {

	private final ContactQueries contacts;

	private final Onboarding onboarding;

	private final AccessAdmin admin;

	private final SignInHelp help;

	private final AccessPanel panel;

	private final ConsoleTexts texts;

	AccessPagesController(ContactQueries contacts, Onboarding onboarding, AccessAdmin admin, SignInHelp help,
			AccessPanel panel, ConsoleTexts texts) {
		this.contacts = contacts;
		this.onboarding = onboarding;
		this.admin = admin;
		this.help = help;
		this.panel = panel;
		this.texts = texts;
	}

	/**
	 * The first invitation, a re-send after the cool-down, or a new one after the end.
	 */
	@PostMapping("/invitation")
	String invite(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		return act(id, user, redirect, () -> {
			this.onboarding.requestInvitation(id, Staff.actor(user));
			return "console.access.invitation-sent";
		});
	}

	@PostMapping("/reminder")
	String remind(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		return act(id, user, redirect, () -> {
			this.help.sendReminder(id, Staff.actor(user));
			return "console.access.reminder-sent";
		});
	}

	@PostMapping("/password-reset")
	String resetPassword(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		return act(id, user, redirect, () -> {
			this.help.sendPasswordResetTo(id, Staff.actor(user));
			return "console.access.reset-sent";
		});
	}

	@PostMapping("/revocation")
	String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "false") boolean notify, Authentication user, Model model,
			RedirectAttributes redirect) {
		ContactView contact = checked(id, user);
		if (!confirmed) {
			model.addAttribute("notifyChoice", true);
			return ConsolePages.confirm(model,
					this.texts.text("console.access.revoke.confirm", contact.firstName() + " " + contact.lastName()),
					"/console/contacts/" + id + "/revocation", "/console/contacts/" + id + "?tab=access", Map.of());
		}
		return act(id, user, redirect, () -> {
			this.admin.revoke(id, notify, Staff.actor(user));
			return notify ? "console.access.revoked-notified" : "console.access.revoked";
		});
	}

	/**
	 * Role, permissions (resource profiles with their maximum) and the fixed expiry date;
	 * errors next to their fields.
	 */
	@PostMapping("/rights")
	String changeRights(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Authentication user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ContactView contact = checked(id, user);
		Map<String, String> errors = new HashMap<>();
		Role role = ClientFields.choice(form.toSingleValueMap(), "role", Role::valueOf, errors,
				this.texts.text("guichet.validation.role"));
		if (role == null) {
			errors.putIfAbsent("role", this.texts.text("guichet.validation.role"));
		}
		List<String> permissions = form.getOrDefault("permissions", List.of());
		Integer profilesMax = null;
		LocalDate expiresOn = null;
		try {
			String max = form.getFirst("resourceProfilesMax");
			profilesMax = (max == null || max.isBlank()) ? null : Integer.valueOf(max.strip());
		}
		catch (NumberFormatException ex) {
			errors.put("resourceProfilesMax", this.texts.text("guichet.access.profiles-max"));
		}
		try {
			String date = form.getFirst("expiresOn");
			expiresOn = (date == null || date.isBlank()) ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("expiresOn", this.texts.text("guichet.validation.type"));
		}
		if (errors.isEmpty()) {
			try {
				this.admin.changeRights(id, role, permissions, profilesMax, expiresOn, Staff.actor(user));
				redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
				return "redirect:/console/contacts/" + id + "?tab=access";
			}
			catch (FieldErrorsException ex) {
				this.texts.addErrors(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("contact", contact);
		model.addAttribute("tabs", ContactPagesController.TABS);
		model.addAttribute("tab", "access");
		model.addAttribute("rightsErrors", errors);
		model.addAttribute("rightsValues", form);
		this.panel.describe(contact, user, model);
		return "console/contact";
	}

	private String act(UUID id, Authentication user, RedirectAttributes redirect, Supplier<String> action) {
		checked(id, user);
		try {
			redirect.addFlashAttribute("notice", this.texts.text(action.get()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", this.texts.text(ex));
		}
		return "redirect:/console/contacts/" + id + "?tab=access";
	}

	private ContactView checked(UUID id, Authentication user) {
		ContactView contact = this.contacts.get(id, Staff.actor(user));
		if (!this.panel.mayAct(contact, user)) {
			throw new AccessDeniedException("only the sponsor or an admin may act on this access");
		}
		return contact;
	}

}
