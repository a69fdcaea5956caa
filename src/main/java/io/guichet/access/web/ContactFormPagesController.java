package io.guichet.access.web;

import java.util.Optional;
import java.util.UUID;

import io.guichet.access.ContactEditing;
import io.guichet.access.ContactForm;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.NewContact;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsoleTexts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * The new-contact form, bound to the API's {@link NewContact} (created with or without an
 * invitation), and the edit form, bound to {@link ContactForm}. The client is typed by
 * name and must be an existing one; errors show next to the fields.
 */
@Controller
@ConsolePage
@RequestMapping("/console/contacts")
class ContactFormPagesController {

	private final Onboarding onboarding;

	private final ContactQueries contacts;

	private final ContactEditing editing;

	private final ClientDirectory clients;

	private final ContactBinding binding;

	private final FormCheck check;

	private final ConsoleTexts texts;

	ContactFormPagesController(Onboarding onboarding, ContactQueries contacts, ContactEditing editing,
			ClientDirectory clients, ContactBinding binding, FormCheck check, ConsoleTexts texts) {
		this.onboarding = onboarding;
		this.contacts = contacts;
		this.editing = editing;
		this.clients = clients;
		this.binding = binding;
		this.check = check;
		this.texts = texts;
	}

	@InitBinder("form")
	void readFields(WebDataBinder binder, @RequestParam(required = false) String clientName, Actor actor) {
		this.binding.register(binder, clientName, actor);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) UUID clientId, Actor actor, Model model) {
		Optional<ClientSummary> client = (clientId != null) ? this.clients.visibleTo(clientId, actor)
				: Optional.empty();
		model.addAttribute("form", ContactFields.blank(client.map(ClientSummary::id).orElse(null)));
		model.addAttribute("clientName", client.map(ClientSummary::name).orElse(""));
		return "access/contact-new";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") NewContact form, BindingResult result,
			@RequestParam(defaultValue = "") String clientName, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.check.validateRest(form, result);
		if (!result.hasErrors()) {
			try {
				Registered registered = this.onboarding.registerByStaff(form, actor);
				redirect.addFlashAttribute("notice", this.texts.text(
						form.invited() ? "console.contact.created-invited" : "console.contact.created", form.email()));
				return "redirect:/console/contacts/" + registered.id() + (form.invited() ? "?tab=access" : "");
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("clientName", clientName);
		return "access/contact-new";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Actor actor, Model model) {
		ContactView contact = this.contacts.get(id, actor);
		model.addAttribute("form", ContactFields.of(contact));
		return editPage(model, contact, (contact.clientName() != null) ? contact.clientName() : "");
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@RequestParam(defaultValue = "") String clientName, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ContactView contact = this.contacts.get(id, actor);
		this.check.validateRest(form, result);
		if (!result.hasErrors()) {
			try {
				this.editing.update(id, form.clientId(), form.details(), actor);
				redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
				return "redirect:/console/contacts/" + id;
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return editPage(model, contact, clientName);
	}

	private String editPage(Model model, ContactView contact, String clientName) {
		model.addAttribute("contact", contact);
		model.addAttribute("clientName", clientName);
		return "access/contact-form";
	}

}
