package io.guichet.console;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientForm;
import io.guichet.client.StaffViewer;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
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

/**
 * A client's page (general, addresses, history) and the new-client form, errors next to
 * fields.
 */
@Controller
@RequestMapping("/console/clients")
class ClientPagesController {

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final Validator validator;

	private final MessageSource messages;

	ClientPagesController(ClientDirectory clients, AuditLog audit, Validator validator, MessageSource messages) {
		this.clients = clients;
		this.audit = audit;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/new")
	String form(Authentication user, Model model) {
		model.addAttribute("user", user.getName());
		model.addAttribute("errors", Map.of());
		model.addAttribute("name", "");
		return "console/client-new";
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String alias,
			@RequestParam(required = false) String language, @RequestParam(required = false) String website,
			@RequestParam(required = false) String accountManager, Authentication user, Model model,
			HttpServletResponse response) {
		ClientForm form = new ClientForm(name, blank(alias), null, null, null, blank(language), blank(website), null,
				null, null, null, null, blank(accountManager), null, null, null);
		Map<String, String> errors = new HashMap<>();
		Set<ConstraintViolation<ClientForm>> violations = this.validator.validate(form);
		violations.forEach((v) -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
		if (errors.isEmpty()) {
			try {
				UUID id = this.clients.create(form, Actor.of(user.getName()));
				return "redirect:/console/clients/" + id;
			}
			catch (ConflictException ex) {
				errors.put("name",
						this.messages.getMessage(ex.messageKey(), ex.args(), LocaleContextHolder.getLocale()));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("user", user.getName());
		model.addAttribute("errors", errors);
		model.addAttribute("name", (name != null) ? name : "");
		model.addAttribute("alias", alias);
		model.addAttribute("website", website);
		model.addAttribute("accountManager", accountManager);
		return "console/client-new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("user", user.getName());
		model.addAttribute("client", this.clients.get(id, StaffViewer.of(user)));
		model.addAttribute("history", this.audit.page(AuditLog.CLIENT, id, 0, 50).items());
		return "console/client";
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
