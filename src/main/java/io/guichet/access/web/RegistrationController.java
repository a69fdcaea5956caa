package io.guichet.access.web;

import io.guichet.access.SelfRegistrations;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Throttle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Registrations")
class RegistrationController {

	static final Received RECEIVED = new Received("RECEIVED");

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
	@Operation(summary = "Ask for access to the customer portal",
			description = "Open to anyone. A new request waits for an approver's review in Tasklist; the person "
					+ "gets an invitation e-mail if approved. The answer is the same whether or not the e-mail "
					+ "address is already known, and an existing contact card is never changed.")
	@SecurityRequirements
	@ApiResponse(responseCode = "202", description = "Received (always the same body).")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid: names, e-mail address, company and "
					+ "requestedRole are required, with one other channel (phone, mobile or other).")
	@ApiResponse(responseCode = "429",
			description = "Too many registrations from this address: wait Retry-After seconds.")
	ResponseEntity<Received> register(@Valid @RequestBody SelfRegistrationRequest request, HttpServletRequest http) {
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

	/** The one answer to every valid registration. */
	record Received(@Schema(allowableValues = "RECEIVED") String status) {
	}

}
