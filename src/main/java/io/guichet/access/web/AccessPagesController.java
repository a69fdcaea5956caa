package io.guichet.access.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.guichet.access.AccessAdmin;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.Onboarding;
import io.guichet.access.SignInHelp;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of a contact's portal access tab: invite (again), re-send the invitation,
 * send a reminder or a password-reset link, revoke after a confirmation, change the
 * rights. The services refuse whoever is not the sponsor or an admin (403) and tell why
 * an action cannot be done now; the page shows it.
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

	private final FormCheck check;

	private final ConsoleTexts texts;

	AccessPagesController(ContactQueries contacts, Onboarding onboarding, AccessAdmin admin, SignInHelp help,
			AccessPanel panel, FormCheck check, ConsoleTexts texts) {
		this.contacts = contacts;
		this.onboarding = onboarding;
		this.admin = admin;
		this.help = help;
		this.panel = panel;
		this.check = check;
		this.texts = texts;
	}

	/**
	 * The first invitation, a re-send after the cool-down, or a new one after the end.
	 */
	@PostMapping("/invitation")
	String invite(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.onboarding.requestInvitation(id, actor);
			return "console.access.invitation-sent";
		});
	}

	@PostMapping("/reminder")
	String remind(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.help.sendReminder(id, actor);
			return "console.access.reminder-sent";
		});
	}

	@PostMapping("/password-reset")
	String resetPassword(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.help.sendPasswordResetTo(id, actor);
			return "console.access.reset-sent";
		});
	}

	@PostMapping("/revocation")
	String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "false") boolean notify, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (!confirmed) {
			ContactView contact = this.contacts.get(id, actor);
			this.admin.checkMayManage(id, actor);
			model.addAttribute("notifyChoice", true);
			return ConsolePages.confirm(model,
					this.texts.text("console.access.revoke.confirm", contact.firstName() + " " + contact.lastName()),
					"/console/contacts/" + id + "/revocation", "/console/contacts/" + id + "?tab=access", Map.of());
		}
		return act(id, redirect, () -> {
			this.admin.revoke(id, notify, actor);
			return notify ? "console.access.revoked-notified" : "console.access.revoked";
		});
	}

	/**
	 * Role, permissions (resource profiles with their maximum) and the fixed expiry date;
	 * errors next to their fields.
	 */
	@PostMapping("/rights")
	String changeRights(@PathVariable UUID id, @Valid @ModelAttribute("form") Rights form, BindingResult result,
			Actor actor, Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.check.validateRest(form, result);
		if (!result.hasErrors()) {
			try {
				return act(id, redirect, () -> {
					this.admin.changeRights(id, form.role(), form.permissionsOrNone(), form.resourceProfilesMax(),
							form.expiresOn(), actor);
					return "console.saved";
				});
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		ContactView contact = this.contacts.get(id, actor);
		this.admin.checkMayManage(id, actor);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("contact", contact);
		model.addAttribute("tab", "access");
		this.panel.describe(contact, actor, user, model);
		return "access/contact";
	}

	private String act(UUID id, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", this.texts.text(action.get()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", this.texts.text(ex));
		}
		return "redirect:/console/contacts/" + id + "?tab=access";
	}

}
