package io.guichet.console;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.guichet.access.AccessAdmin;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.Onboarding;
import io.guichet.client.StaffViewer;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
@RequestMapping("/console/contacts/{id}")
class AccessPagesController {

	private final ContactQueries contacts;

	private final Onboarding onboarding;

	private final AccessAdmin admin;

	private final AccessPanel panel;

	private final ConsoleTexts texts;

	AccessPagesController(ContactQueries contacts, Onboarding onboarding, AccessAdmin admin, AccessPanel panel,
			ConsoleTexts texts) {
		this.contacts = contacts;
		this.onboarding = onboarding;
		this.admin = admin;
		this.panel = panel;
		this.texts = texts;
	}

	/**
	 * The first invitation, a re-send after the cool-down, or a new one after the end.
	 */
	@PostMapping("/invitation")
	String invite(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		return act(id, user, redirect, () -> {
			this.onboarding.requestInvitation(id, Actor.of(user.getName()));
			return "console.access.invitation-sent";
		});
	}

	@PostMapping("/reminder")
	String remind(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		return act(id, user, redirect, () -> {
			this.admin.sendReminder(id, Actor.of(user.getName()));
			return "console.access.reminder-sent";
		});
	}

	@PostMapping("/password-reset")
	String resetPassword(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		return act(id, user, redirect, () -> {
			this.admin.sendPasswordResetTo(id, Actor.of(user.getName()));
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
			this.admin.revoke(id, notify, Actor.of(user.getName()));
			return notify ? "console.access.revoked-notified" : "console.access.revoked";
		});
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
		ContactView contact = this.contacts.get(id, StaffViewer.of(user));
		if (!this.panel.mayAct(contact, user)) {
			throw new AccessDeniedException("only the sponsor or an admin may act on this access");
		}
		return contact;
	}

}
