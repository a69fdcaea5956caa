package io.guichet.engine.web;

import io.guichet.common.Actor;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsoleTexts;
import io.guichet.engine.StaffAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins' page of staff accounts: who waits after wrong passwords, and "Unlock" to let
 * them in at once. Users, groups and passwords themselves are managed in Camunda Admin.
 */
@Controller
@ConsolePage
@RequestMapping("/console/staff")
class StaffAccountsPagesController {

	private final StaffAccounts accounts;

	private final ConsoleTexts texts;

	StaffAccountsPagesController(StaffAccounts accounts, ConsoleTexts texts) {
		this.accounts = accounts;
		this.texts = texts;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("accounts", this.accounts.list(actor));
		return "staff/accounts";
	}

	@PostMapping("/{userId}/unlock")
	String unlock(@PathVariable String userId, Actor actor, RedirectAttributes redirect) {
		this.accounts.unlock(userId, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.staff.unlocked", userId));
		return "redirect:/console/staff";
	}

}
