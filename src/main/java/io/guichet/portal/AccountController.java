package io.guichet.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.AccountDetails;
import io.guichet.access.OwnAccount;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Throttle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account": the contact changes their password and the part of their card that is
 * theirs to keep up to date. A wrong current password counts as a failed password.
 */
@Controller
class AccountController {

	private final OwnAccount account;

	private final Validator validator;

	private final Throttle throttle;

	AccountController(OwnAccount account, Validator validator, Throttle throttle) {
		this.account = account;
		this.validator = validator;
		this.throttle = throttle;
	}

	@GetMapping("/portal/account")
	String page(Authentication user, Model model) {
		model.addAttribute("form", this.account.details(accessId(user)));
		model.addAttribute("errors", Map.of());
		return "portal/account";
	}

	@PostMapping("/portal/account/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Authentication user, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.throttle.check(Throttle.Kind.PASSWORD, request);
		UUID accessId = accessId(user);
		try {
			String stamp = this.account.changePassword(accessId, currentPassword, password, passwordConfirmation);
			ContactAuthenticationProvider.restamp(user, stamp, request, response);
		}
		catch (FieldErrorsException ex) {
			if (ex.errors().stream().anyMatch((error) -> "currentPassword".equals(error.field()))) {
				this.throttle.failed(Throttle.Kind.PASSWORD, request);
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			ex.errors().forEach((error) -> model.addAttribute("error_" + error.field(), error));
			model.addAttribute("form", this.account.details(accessId));
			model.addAttribute("errors", Map.of());
			return "portal/account";
		}
		redirect.addFlashAttribute("accountNotice", "portal.account.password.changed");
		return "redirect:/portal/account";
	}

	@PostMapping("/portal/account/details")
	String update(@ModelAttribute("form") AccountDetails form, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		this.validator.validate(form)
			.forEach((violation) -> errors.merge(violation.getPropertyPath().toString(), violation.getMessage(),
					(a, b) -> a));
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "portal/account";
		}
		this.account.update(accessId(user), form);
		redirect.addFlashAttribute("accountNotice", "portal.account.details.changed");
		return "redirect:/portal/account";
	}

	private static UUID accessId(Authentication user) {
		return UUID.fromString(user.getName());
	}

}
