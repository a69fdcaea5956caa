package io.guichet.client.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.ClientForm;
import io.guichet.client.ClientForm.AccountType;
import io.guichet.client.ClientForm.ClientStatus;
import io.guichet.client.ClientSummary;
import io.guichet.client.ClientView;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsoleTexts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
 * The new and edit forms of a client, bound to the API's {@link ClientForm}; the parent
 * client is typed by name with the type-ahead. Errors show next to the fields.
 */
@Controller
@ConsolePage
@RequestMapping("/console/clients")
class ClientFormController {

	private final ClientDirectory clients;

	private final ClientEditing editing;

	private final ClientChoice choice;

	private final ConsoleTexts texts;

	ClientFormController(ClientDirectory clients, ClientEditing editing, ConsoleTexts texts) {
		this.clients = clients;
		this.editing = editing;
		this.choice = new ClientChoice(clients);
		this.texts = texts;
	}

	/** A field left empty is no value; the allowed users are typed comma-separated. */
	@InitBinder("form")
	void readFields(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(List.class, "allowedUsers", new CommaSeparated());
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new ClientForm(null, null, null, AccountType.CLIENT, ClientStatus.ACTIVE, "fr", null,
				null, null, null, null, null, null, null, null, null));
		return form(model, null, "");
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult result,
			@RequestParam(defaultValue = "") String parentName, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ClientForm chosen = withParent(form, parentName, result, actor);
		if (!result.hasErrors()) {
			try {
				UUID id = this.editing.create(chosen, actor);
				redirect.addFlashAttribute("notice", this.texts.text("console.client.created", form.name()));
				return "redirect:/console/clients/" + id;
			}
			catch (ConflictException ex) {
				result.rejectValue("name", ex.messageKey(), ex.args(), this.texts.text(ex));
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, null, parentName);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Actor actor, Model model) {
		ClientView client = this.clients.get(id, actor);
		String parentName = (client.parentId() != null)
				? this.clients.find(client.parentId()).map(ClientSummary::name).orElse("") : "";
		model.addAttribute("form", client.toForm());
		return form(model, client, parentName);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") ClientForm form, BindingResult result,
			@RequestParam(defaultValue = "") String parentName, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ClientView client = this.clients.get(id, actor);
		ClientForm chosen = withParent(form, parentName, result, actor);
		if (!result.hasErrors()) {
			try {
				this.editing.update(id, chosen, actor);
				redirect.addFlashAttribute("notice", this.texts.text("console.saved"));
				return "redirect:/console/clients/" + id;
			}
			catch (ConflictException ex) {
				result.rejectValue("name", ex.messageKey(), ex.args(), this.texts.text(ex));
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, client, parentName);
	}

	/**
	 * The form with the parent the typed name stands for (none when empty); a name that
	 * is no client this user may see is an error next to it.
	 */
	private ClientForm withParent(ClientForm form, String parentName, BindingResult result, Actor actor) {
		UUID parentId = null;
		if (!parentName.isBlank()) {
			UUID typedId = (form != null) ? form.parentId() : null;
			parentId = this.choice.of(parentName, typedId, actor).orElse(null);
			if (parentId == null && !result.hasFieldErrors("parentId")) {
				String unknown = "guichet.contact.client-unknown";
				result.addError(new FieldError(result.getObjectName(), "parentId", typedId, false,
						new String[] { unknown }, null, this.texts.text(unknown)));
			}
		}
		return (form != null) ? form.withParentId(parentId) : null;
	}

	private String form(Model model, ClientView client, String parentName) {
		model.addAttribute("client", client);
		model.addAttribute("parentName", parentName);
		return "client/client-form";
	}

	/** A list typed as one text, comma-separated, and shown back the same way. */
	static final class CommaSeparated extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue((text != null)
					? Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList() : null);
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof List<?> list) ? String.join(", ", list.stream().map(String::valueOf).toList())
					: "";
		}

	}

}
