package io.guichet.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.guichet.access.Role;
import io.guichet.access.SelfRegistration;
import io.guichet.access.SelfRegistrations;
import io.guichet.common.CompanyName;
import io.guichet.common.ContactEmail;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.LanguageCode;
import io.guichet.common.PersonName;
import io.guichet.common.PhoneNumber;
import io.guichet.common.Reachable;
import io.guichet.common.ShortText;
import io.guichet.common.Throttle;
import io.guichet.contact.ContactDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Self-registration from the portal: the fields of {@code POST /api/registrations}; a
 * valid form always ends on the same page, whether the e-mail is known or not.
 */
@Controller
class PortalRegistrationController {

	private final SelfRegistrations registrations;

	private final Validator validator;

	private final Throttle throttle;

	PortalRegistrationController(SelfRegistrations registrations, Validator validator, Throttle throttle) {
		this.registrations = registrations;
		this.validator = validator;
		this.throttle = throttle;
	}

	@GetMapping("/portal/register")
	String form(Model model) {
		model.addAttribute("form",
				new RegistrationForm(null, null, null, null, null, null, null, Role.REQUESTER, null));
		model.addAttribute("errors", Map.of());
		return "portal/register";
	}

	@PostMapping("/portal/register")
	String register(@ModelAttribute("form") RegistrationForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Set<ConstraintViolation<RegistrationForm>> violations = this.validator.validate(form);
		if (!violations.isEmpty()) {
			Map<String, String> errors = new HashMap<>();
			violations.forEach((violation) -> errors.merge(violation.getPropertyPath().toString(),
					violation.getMessage(), (a, b) -> a));
			model.addAttribute("errors", errors);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "portal/register";
		}
		// a valid registration spends the address's budget, known e-mail or not
		this.throttle.spend(Throttle.Kind.REGISTRATION, request);
		try {
			this.registrations.selfRegister(new SelfRegistration(
					new ContactDetails(form.firstName(), form.lastName(), form.email(), form.phone(), form.mobile(),
							form.otherChannel(), emptyToNull(form.language())),
					form.company().strip(), form.requestedRole()));
		}
		catch (FieldErrorsException ex) {
			// a concurrent registration of the same e-mail: the same answer as ever
		}
		return "portal/registered";
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	@Reachable
	record RegistrationForm(@PersonName String firstName, @PersonName String lastName, @ContactEmail String email,
			@PhoneNumber String phone, @PhoneNumber String mobile, @ShortText String otherChannel,
			@CompanyName String company, @NotNull(message = "{guichet.validation.role}") Role requestedRole,
			@LanguageCode String language) implements Reachable.Channels {
	}

}
