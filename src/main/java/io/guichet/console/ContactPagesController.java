package io.guichet.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.ContactQueries;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.access.Role;
import io.guichet.access.web.NewContactRequest;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.client.StaffViewer;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The new-contact form of the memoQ seed (the client is chosen among existing ones with
 * type-ahead; a typed name that is no client is refused) and the contact's page.
 */
@Controller
@RequestMapping("/console")
class ContactPagesController {

	private final Onboarding onboarding;

	private final ContactQueries contacts;

	private final ClientDirectory clients;

	private final Validator validator;

	private final MessageSource messages;

	ContactPagesController(Onboarding onboarding, ContactQueries contacts, ClientDirectory clients, Validator validator,
			MessageSource messages) {
		this.onboarding = onboarding;
		this.contacts = contacts;
		this.clients = clients;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Type-ahead: the clients this user may see whose name or alias contains what was
	 * typed.
	 */
	@GetMapping("/clients/suggestions")
	@ResponseBody
	List<Map<String, String>> suggestions(@RequestParam(name = "q", required = false) String query,
			Authentication user) {
		return this.clients.search(query, 0, 10, StaffViewer.of(user))
			.items()
			.stream()
			.map((client) -> Map.of("id", client.id().toString(), "name", client.name()))
			.toList();
	}

	@GetMapping("/contacts/new")
	String form(Authentication user, Model model) {
		model.addAttribute("user", user.getName());
		model.addAttribute("errors", Map.of());
		model.addAttribute("values", Map.of());
		return "console/contact-new";
	}

	@PostMapping("/contacts/new")
	String create(@RequestParam Map<String, String> values, Authentication user, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new HashMap<>();
		UUID clientId = clientOf(values.get("clientName"), values.get("clientId"), user);
		Role role = roleOf(values.get("role"));
		NewContactRequest request = new NewContactRequest(clientId, values.get("firstName"), values.get("lastName"),
				values.get("email"), blank(values.get("phone")), blank(values.get("mobile")),
				blank(values.get("otherChannel")), role, blank(values.get("language")),
				"true".equals(values.get("invite")));
		this.validator.validate(request)
			.forEach((v) -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
		if (clientId == null) {
			errors.put("clientName", text("guichet.contact.client-unknown"));
		}
		if (errors.isEmpty()) {
			try {
				Registered registered = this.onboarding.registerByStaff(clientId, request.details(), role,
						request.invited(), Actor.of(user.getName()));
				return "redirect:/console/contacts/" + registered.id();
			}
			catch (FieldErrorsException ex) {
				ex.errors().forEach((e) -> errors.put(e.field(), text(e.messageKey(), e.args())));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("user", user.getName());
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "console/contact-new";
	}

	@GetMapping("/contacts/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("user", user.getName());
		model.addAttribute("contact", this.contacts.get(id, StaffViewer.of(user)));
		return "console/contact";
	}

	/**
	 * The client whose exact name was chosen (its id comes from the type-ahead), else
	 * none.
	 */
	private UUID clientOf(String name, String id, Authentication user) {
		StaffViewer viewer = StaffViewer.of(user);
		try {
			if (id != null && !id.isBlank()) {
				UUID clientId = UUID.fromString(id);
				return this.clients.find(clientId)
					.filter((client) -> client.name().equalsIgnoreCase((name != null) ? name.strip() : ""))
					.filter((client) -> this.clients.isVisible(client.id(), viewer))
					.map(ClientSummary::id)
					.orElse(null);
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return this.clients.findByName(name)
			.map(ClientSummary::id)
			.filter((c) -> this.clients.isVisible(c, viewer))
			.orElse(null);
	}

	private static Role roleOf(String value) {
		try {
			return (value != null) ? Role.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
