package io.guichet.access.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.ContactEditing;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.audit.HistoryTexts;
import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.NotFoundException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;

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
 * Contacts in the console: the list (of every client, or of one: its Contacts tab), the
 * profile in tabs, deletion after a confirmation, comments. The Projects tab is a page of
 * the project module.
 */
@Controller
@ConsolePage
@RequestMapping("/console/contacts")
class ContactPagesController {

	/** The tabs served here; the page's tab bar is in templates/access/header.html. */
	static final List<String> TABS = List.of("general", "addresses", "phones", "details", "access", "history");

	private final ContactQueries contacts;

	private final ContactEditing editing;

	private final ClientDirectory clients;

	private final AccessPanel accessPanel;

	private final ConsoleTexts texts;

	private final HistoryTexts historyTexts;

	ContactPagesController(ContactQueries contacts, ContactEditing editing, ClientDirectory clients,
			AccessPanel accessPanel, ConsoleTexts texts, HistoryTexts historyTexts) {
		this.historyTexts = historyTexts;
		this.contacts = contacts;
		this.editing = editing;
		this.clients = clients;
		this.accessPanel = accessPanel;
		this.texts = texts;
	}

	@GetMapping
	String list(@RequestParam(required = false) UUID clientId, @RequestParam(name = "q", required = false) String query,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		if (clientId != null) {
			model.addAttribute("client",
					this.clients.visibleTo(clientId, actor).orElseThrow(() -> new NotFoundException("client")));
		}
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("result", this.contacts.list(clientId, query, page, ConsolePages.PAGE_SIZE, actor));
		return "access/contacts";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "general") String tab,
			@RequestParam(defaultValue = "0") int page, Actor actor, Authentication user, Model model) {
		if (tab.equals("projects")) {
			return "redirect:/console/contacts/" + id + "/projects";
		}
		ContactView contact = this.contacts.get(id, actor);
		String current = TABS.contains(tab) ? tab : "general";
		model.addAttribute("contact", contact);
		model.addAttribute("tab", current);
		switch (current) {
			case "access" -> this.accessPanel.describe(contact, actor, user, model);
			case "history" -> model.addAttribute("history", this.historyTexts
				.describe(this.contacts.history(id, page, 50, actor), actor, LocaleContextHolder.getLocale()));
			default -> {
			}
		}
		return "access/contact";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
			Model model, RedirectAttributes redirect) {
		ContactView contact = this.contacts.get(id, actor);
		String name = contact.firstName() + " " + contact.lastName();
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.contact.delete.confirm", name),
					"/console/contacts/" + id + "/delete", "/console/contacts/" + id, Map.of());
		}
		try {
			this.editing.delete(id, actor);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", this.texts.text(ex));
			return "redirect:/console/contacts/" + id;
		}
		redirect.addFlashAttribute("notice", this.texts.text("console.contact.deleted", name));
		return "redirect:/console/contacts";
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Actor actor,
			RedirectAttributes redirect) {
		return this.texts.comment(() -> this.editing.comment(id, text, actor), redirect,
				"/console/contacts/" + id + "?tab=history");
	}

}
