package io.guichet.client.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.audit.HistoryTexts;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.ClientSummary;
import io.guichet.client.ClientView;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PageResult;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client list and a client's profile in tabs (general, addresses, phones, details,
 * history; its contacts and documents are pages of their own modules, linked from the
 * same tab bar), deletion after a confirmation, comments and the inactivity period.
 */
@Controller
@ConsolePage
@RequestMapping("/console/clients")
class ClientPagesController {

	/** The tabs served here; the others of the tab bar are links (client/header.html). */
	static final List<String> TABS = List.of("general", "addresses", "phones", "details", "history");

	private final ClientDirectory clients;

	private final ClientEditing editing;

	private final ConsoleTexts texts;

	private final HistoryTexts historyTexts;

	ClientPagesController(ClientDirectory clients, ClientEditing editing, ConsoleTexts texts,
			HistoryTexts historyTexts) {
		this.historyTexts = historyTexts;
		this.clients = clients;
		this.editing = editing;
		this.texts = texts;
	}

	/** Days left empty, or only spaces, are the default period. */
	@InitBinder("period")
	void readDays(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, true));
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			Actor actor, Model model) {
		PageResult<ClientSummary> result = this.clients.search(query, page, ConsolePages.PAGE_SIZE, actor);
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("result", result);
		model.addAttribute("pages", result.pages());
		return "client/clients";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "general") String tab,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		switch (tab) {
			// the tabs of the tab bar served by other modules, for links to the old tabs
			case "contacts" -> {
				return "redirect:/console/contacts?clientId=" + id;
			}
			case "documents" -> {
				return "redirect:/console/clients/" + id + "/documents";
			}
			default -> {
				ClientView client = this.clients.get(id, actor);
				Duration period = client.inactivityPeriod();
				model.addAttribute("period", new PeriodForm((period != null) ? (int) period.toDays() : null));
				return page(client, tab, page, actor, model);
			}
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
			Model model, RedirectAttributes redirect) {
		ClientView client = this.clients.get(id, actor);
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.client.delete.confirm", client.name()),
					"/console/clients/" + id + "/delete", "/console/clients/" + id, Map.of());
		}
		try {
			this.editing.delete(id, actor);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", this.texts.text(ex));
			return "redirect:/console/clients/" + id;
		}
		redirect.addFlashAttribute("notice", this.texts.text("console.client.deleted", client.name()));
		return "redirect:/console/clients";
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Actor actor,
			RedirectAttributes redirect) {
		return this.texts.comment(() -> this.editing.comment(id, text, actor), redirect,
				"/console/clients/" + id + "?tab=history");
	}

	/** The inactivity period of this client's contacts, in days (admins only). */
	@PostMapping("/{id}/inactivity-period")
	String inactivityPeriod(@PathVariable UUID id, @ModelAttribute("period") PeriodForm form, BindingResult result,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.setInactivityPeriod(id, form.period(), actor);
				redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
				return "redirect:/console/clients/" + id + "?tab=details";
			}
			catch (FieldErrorsException ex) {
				result.rejectValue("days", "console.client.period.invalid");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(this.clients.get(id, actor), "details", 0, actor, model);
	}

	private String page(ClientView client, String tab, int page, Actor actor, Model model) {
		String current = TABS.contains(tab) ? tab : "general";
		model.addAttribute("client", client);
		model.addAttribute("parent",
				(client.parentId() != null) ? this.clients.visibleTo(client.parentId(), actor).orElse(null) : null);
		model.addAttribute("tab", current);
		if (current.equals("history")) {
			model.addAttribute("history", this.historyTexts.describe(this.clients.history(client.id(), page, 50, actor),
					actor, LocaleContextHolder.getLocale()));
		}
		return "client/client";
	}

	/**
	 * The inactivity period as the details tab posts it: a number of days, none for the
	 * default.
	 */
	record PeriodForm(Integer days) {

		Duration period() {
			return (this.days != null) ? Duration.ofDays(this.days) : null;
		}

	}

}
