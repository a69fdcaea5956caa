package io.guichet.access.web;

import java.util.Map;

import io.guichet.access.SelfRegistrations;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Throttle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-registration. Every valid request gets the same 202 and body, whether the e-mail
 * is new, pending, invited or active: the answer never tells whether someone is
 * registered.
 */
@RestController
class RegistrationController {

	static final Map<String, String> RECEIVED = Map.of("status", "RECEIVED");

	private final SelfRegistrations registrations;

	private final Throttle throttle;

	RegistrationController(SelfRegistrations registrations, Throttle throttle) {
		this.registrations = registrations;
		this.throttle = throttle;
	}

	/**
	 * Each valid registration spends one of the caller's address budget
	 * ({@code guichet.throttle.registrations.*}), known e-mail or not: past it 429.
	 */
	@PostMapping("/api/registrations")
	ResponseEntity<Map<String, String>> register(@Valid @RequestBody SelfRegistrationRequest request,
			HttpServletRequest http) {
		this.throttle.spend(Throttle.Kind.REGISTRATION, http);
		try {
			this.registrations.selfRegister(request.toRegistration());
		}
		catch (FieldErrorsException ex) {
			// only a concurrent registration of the same e-mail gets here: same answer as
			// ever
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(RECEIVED);
	}

}
