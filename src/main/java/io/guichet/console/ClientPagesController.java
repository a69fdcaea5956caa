package io.guichet.console;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.ContactQueries;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.ClientForm;
import io.guichet.client.ClientSummary;
import io.guichet.client.ClientView;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.document.AdminDocuments;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

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
 * A client's pages: the profile in tabs (general, addresses, phones, details, contacts,
 * documents, history), the new and edit forms with errors next to fields, and deletion
 * after a confirmation.
 */
@Controller
@ConsolePage
@RequestMapping("/console/clients")
class ClientPagesController {

	static final List<String> TABS = List.of("general", "addresses", "phones", "details", "contacts", "documents",
			"history");

	private final ClientDirectory clients;

	private final ClientEditing editing;

	private final ContactQueries contacts;

	private final AdminDocuments documents;

	private final Validator validator;

	private final ConsoleTexts texts;

	private final ClientChoice choice;

	ClientPagesController(ClientDirectory clients, ClientEditing editing, ContactQueries contacts,
			AdminDocuments documents, Validator validator, ConsoleTexts texts, ClientChoice choice) {
		this.clients = clients;
		this.editing = editing;
		this.contacts = contacts;
		this.documents = documents;
		this.validator = validator;
		this.texts = texts;
		this.choice = choice;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, null, Map.of("language", "fr", "accountType", "CLIENT", "status", "ACTIVE"), Map.of());
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		ClientForm form = read(values, user, errors);
		if (errors.isEmpty()) {
			try {
				UUID id = this.editing.create(form, Staff.actor(user));
				redirect.addFlashAttribute("notice", this.texts.text("console.client.created", form.name().strip()));
				return "redirect:/console/clients/" + id;
			}
			catch (ConflictException ex) {
				errors.put("name", this.texts.text(ex));
			}
			catch (FieldErrorsException ex) {
				this.texts.addErrors(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, null, values, errors);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "general") String tab,
			@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
		Actor viewer = Staff.actor(user);
		ClientView client = this.clients.get(id, viewer);
		String current = TABS.contains(tab) ? tab : "general";
		model.addAttribute("client", client);
		model.addAttribute("parent",
				(client.parentId() != null) ? this.clients.find(client.parentId())
					.filter((p) -> this.clients.isVisible(p.id(), viewer))
					.orElse(null) : null);
		model.addAttribute("tabs", TABS);
		model.addAttribute("tab", current);
		switch (current) {
			case "contacts" ->
				model.addAttribute("contacts", this.contacts.list(id, null, page, ConsolePages.PAGE_SIZE, viewer));
			case "documents" -> {
				model.addAttribute("documents", this.documents.list(id, viewer));
				model.addAttribute("maxSize", this.documents.maxSize().toMegabytes());
			}
			case "history" -> model.addAttribute("history", this.clients.history(id, page, 50, viewer));
			default -> {
			}
		}
		return "console/client";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication user, Model model) {
		Actor viewer = Staff.actor(user);
		ClientView client = this.clients.get(id, viewer);
		String parentName = (client.parentId() != null)
				? this.clients.find(client.parentId()).map(ClientSummary::name).orElse("") : "";
		return form(model, client, ClientFields.of(client, parentName), Map.of());
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor viewer = Staff.actor(user);
		ClientView client = this.clients.get(id, viewer);
		Map<String, String> errors = new HashMap<>();
		ClientForm form = read(values, user, errors);
		if (errors.isEmpty()) {
			try {
				this.editing.update(id, form, viewer);
				redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
				return "redirect:/console/clients/" + id;
			}
			catch (ConflictException ex) {
				errors.put("name", this.texts.text(ex));
			}
			catch (FieldErrorsException ex) {
				this.texts.addErrors(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, client, values, errors);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Authentication user,
			Model model, RedirectAttributes redirect) {
		Actor viewer = Staff.actor(user);
		ClientView client = this.clients.get(id, viewer);
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.client.delete.confirm", client.name()),
					"/console/clients/" + id + "/delete", "/console/clients/" + id, Map.of());
		}
		try {
			this.editing.delete(id, viewer);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", this.texts.text(ex));
			return "redirect:/console/clients/" + id;
		}
		redirect.addFlashAttribute("notice", this.texts.text("console.client.deleted", client.name()));
		return "redirect:/console/clients";
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Authentication user,
			RedirectAttributes redirect) {
		try {
			this.editing.comment(id, text, Staff.actor(user));
			redirect.addFlashAttribute("notice", this.texts.text("console.comment.added"));
		}
		catch (FieldErrorsException ex) {
			redirect.addFlashAttribute("commentError", this.texts.text("console.comment.invalid"));
		}
		return "redirect:/console/clients/" + id + "?tab=history";
	}

	/** Admins only: the inactivity period of this client's contacts, in days. */
	@PostMapping("/{id}/inactivity-period")
	String inactivityPeriod(@PathVariable UUID id, @RequestParam(defaultValue = "") String days, Authentication user,
			RedirectAttributes redirect) {
		Duration period;
		try {
			period = days.isBlank() ? null : Duration.ofDays(Long.parseLong(days.strip()));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			period = Duration.ZERO;
		}
		try {
			this.editing.setInactivityPeriod(id, period, Staff.actor(user));
			redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
		}
		catch (FieldErrorsException ex) {
			redirect.addFlashAttribute("problem", this.texts.text("console.client.period.invalid"));
		}
		return "redirect:/console/clients/" + id + "?tab=details";
	}

	private ClientForm read(Map<String, String> values, Authentication user, Map<String, String> errors) {
		UUID parentId = null;
		if (ClientFields.blank(values, "parentName") != null) {
			parentId = this.choice.of(values.get("parentName"), values.get("parentId"), Staff.actor(user)).orElse(null);
			if (parentId == null) {
				errors.put("parentName", this.texts.text("guichet.contact.client-unknown"));
			}
		}
		ClientForm form = ClientFields.parse(values, parentId, errors, this.texts.text("console.validation.choice"));
		this.texts.addViolations(this.validator.validate(form), errors);
		return form;
	}

	private String form(Model model, ClientView client, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("client", client);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("addresses", ClientFields.ADDRESSES);
		model.addAttribute("addressParts", ClientFields.ADDRESS_PARTS);
		return "console/client-form";
	}

}
