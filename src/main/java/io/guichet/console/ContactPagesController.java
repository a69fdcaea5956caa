package io.guichet.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.ContactEditing;
import io.guichet.access.ContactForm;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.NewContact;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.access.Role;
import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PageResult;
import io.guichet.contact.Privacy;
import io.guichet.project.ProjectBook;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contacts in the console: the list, the new-contact form of the memoQ seed (the client
 * is chosen among existing ones with type-ahead; a typed name that is no client is
 * refused), the profile in tabs, the edit form, deletion after a confirmation.
 */
@Controller
@ConsolePage
@RequestMapping("/console")
class ContactPagesController {

	static final List<String> TABS = List.of("general", "addresses", "phones", "details", "access", "projects",
			"history");

	private final Onboarding onboarding;

	private final ContactQueries contacts;

	private final ContactEditing editing;

	private final ClientDirectory clients;

	private final ProjectBook projects;

	private final AuditLog audit;

	private final AccessPanel accessPanel;

	private final Validator validator;

	private final ConsoleTexts texts;

	private final ClientChoice choice;

	ContactPagesController(Onboarding onboarding, ContactQueries contacts, ContactEditing editing,
			ClientDirectory clients, ProjectBook projects, AuditLog audit, AccessPanel accessPanel, Validator validator,
			ConsoleTexts texts, ClientChoice choice) {
		this.onboarding = onboarding;
		this.contacts = contacts;
		this.editing = editing;
		this.clients = clients;
		this.projects = projects;
		this.audit = audit;
		this.accessPanel = accessPanel;
		this.validator = validator;
		this.texts = texts;
		this.choice = choice;
	}

	/**
	 * Type-ahead: the clients this user may see whose name or alias contains what was
	 * typed.
	 */
	@GetMapping("/clients/suggestions")
	@ResponseBody
	List<Map<String, String>> suggestions(@RequestParam(name = "q", required = false) String query,
			Authentication user) {
		return this.clients.search(query, 0, 10, Staff.actor(user))
			.items()
			.stream()
			.map((client) -> Map.of("id", client.id().toString(), "name", client.name()))
			.toList();
	}

	@GetMapping("/contacts")
	String list(@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			Authentication user, Model model) {
		PageResult<ContactView> result = this.contacts.list(null, query, page, ConsolePages.PAGE_SIZE,
				Staff.actor(user));
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("result", result);
		return "console/contacts";
	}

	@GetMapping("/contacts/new")
	String form(@RequestParam(required = false) UUID clientId, Authentication user, Model model) {
		Map<String, String> values = new HashMap<>();
		if (clientId != null && this.clients.isVisible(clientId, Staff.actor(user))) {
			this.clients.find(clientId).ifPresent((client) -> {
				values.put("clientId", client.id().toString());
				values.put("clientName", client.name());
			});
		}
		model.addAttribute("errors", Map.of());
		model.addAttribute("values", values);
		return "console/contact-new";
	}

	@PostMapping("/contacts/new")
	String create(@RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		UUID clientId = this.choice.of(values.get("clientName"), values.get("clientId"), Staff.actor(user))
			.orElse(null);
		Role role = roleOf(values.get("role"));
		NewContact request = new NewContact(clientId, values.get("firstName"), values.get("lastName"),
				values.get("email"), blank(values.get("phone")), blank(values.get("mobile")),
				blank(values.get("otherChannel")), role, blank(values.get("language")),
				"true".equals(values.get("invite")));
		this.texts.addViolations(this.validator.validate(request), errors);
		if (clientId == null) {
			errors.put("clientName", this.texts.text("guichet.contact.client-unknown"));
		}
		if (errors.isEmpty()) {
			try {
				Registered registered = this.onboarding.registerByStaff(request, Staff.actor(user));
				redirect.addFlashAttribute("notice",
						this.texts.text(
								request.invited() ? "console.contact.created-invited" : "console.contact.created",
								request.email()));
				return "redirect:/console/contacts/" + registered.id() + (request.invited() ? "?tab=access" : "");
			}
			catch (FieldErrorsException ex) {
				this.texts.addErrors(ex, errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "console/contact-new";
	}

	@GetMapping("/contacts/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "general") String tab,
			@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
		ContactView contact = this.contacts.get(id, Staff.actor(user));
		String current = TABS.contains(tab) ? tab : "general";
		model.addAttribute("contact", contact);
		model.addAttribute("tabs", TABS);
		model.addAttribute("tab", current);
		switch (current) {
			case "access" -> this.accessPanel.describe(contact, user, model);
			case "projects" -> model.addAttribute("projects", this.projects.ofContact(id, Staff.actor(user)));
			case "history" -> model.addAttribute("history", this.audit.page(AuditLog.CONTACT, id, page, 50));
			default -> {
			}
		}
		return "console/contact";
	}

	@GetMapping("/contacts/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication user, Model model) {
		ContactView contact = this.contacts.get(id, Staff.actor(user));
		return editPage(model, contact, ContactFields.of(contact), Map.of());
	}

	@PostMapping("/contacts/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor viewer = Staff.actor(user);
		ContactView contact = this.contacts.get(id, viewer);
		Map<String, String> errors = new HashMap<>();
		UUID clientId = this.choice.of(values.get("clientName"), values.get("clientId"), viewer).orElse(null);
		ContactForm form = ContactFields.parse(values, clientId, errors, this.texts.text("console.validation.choice"));
		this.texts.addViolations(this.validator.validate(form), errors);
		if (errors.remove("clientId") != null || clientId == null) {
			errors.put("clientName", this.texts.text("guichet.contact.client-unknown"));
		}
		if (errors.isEmpty()) {
			try {
				this.editing.update(id, clientId, form.details(), viewer);
				redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
				return "redirect:/console/contacts/" + id;
			}
			catch (FieldErrorsException ex) {
				this.texts.addErrors(ex, errors);
				if (errors.remove("clientId") != null) {
					errors.put("clientName", this.texts.text("guichet.contact.client-unknown"));
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return editPage(model, contact, values, errors);
	}

	@PostMapping("/contacts/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Authentication user,
			Model model, RedirectAttributes redirect) {
		Actor viewer = Staff.actor(user);
		ContactView contact = this.contacts.get(id, viewer);
		String name = contact.firstName() + " " + contact.lastName();
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.contact.delete.confirm", name),
					"/console/contacts/" + id + "/delete", "/console/contacts/" + id, Map.of());
		}
		try {
			this.editing.delete(id, viewer);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", this.texts.text(ex));
			return "redirect:/console/contacts/" + id;
		}
		redirect.addFlashAttribute("notice", this.texts.text("console.contact.deleted", name));
		return "redirect:/console/contacts";
	}

	@PostMapping("/contacts/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Authentication user,
			RedirectAttributes redirect) {
		if (text.isBlank() || text.length() > 2000) {
			redirect.addFlashAttribute("commentError", this.texts.text("console.comment.invalid"));
		}
		else {
			this.editing.comment(id, text.strip(), Staff.actor(user));
			redirect.addFlashAttribute("notice", this.texts.text("console.comment.added"));
		}
		return "redirect:/console/contacts/" + id + "?tab=history";
	}

	private String editPage(Model model, ContactView contact, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("contact", contact);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("privacies", List.of(Privacy.values()).stream().map(Enum::name).toList());
		model.addAttribute("addressParts", ClientFields.ADDRESS_PARTS);
		return "console/contact-form";
	}

	private static Role roleOf(String value) {
		try {
			return (value != null) ? Role.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
