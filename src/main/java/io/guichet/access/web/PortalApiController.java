package io.guichet.access.web;

import java.util.Locale;
import java.util.UUID;

import io.guichet.access.AccessSummary;
import io.guichet.access.PortalSignIn;
import io.guichet.common.ApiAnswers;
import io.guichet.common.ApiExamples;
import io.guichet.common.Throttle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the real customer portal asks Guichet: may this person enter, and "they logged
 * in".
 */
@RestController
@Tag(name = "Portal sign-in")
class PortalApiController {

	private static final String UNAUTHORIZED = """
			{"type": "about:blank", "title": "Sign-in required or failed", "status": 401,
			 "detail": "Wrong e-mail address or password, or no active access.",
			 "instance": "/api/portal/authenticate"}""";

	private final PortalSignIn signIn;

	private final Throttle throttle;

	private final MessageSource messages;

	PortalApiController(PortalSignIn signIn, Throttle throttle, MessageSource messages) {
		this.messages = messages;
		this.signIn = signIn;
		this.throttle = throttle;
	}

	/** 200 with the access, or 401 with one message for every kind of failure. */
	@PostMapping("/api/portal/authenticate")
	@Operation(summary = "Check a contact's e-mail address and password",
			description = "For a portal that signs contacts in itself: only an ACTIVE access passes, and its last "
					+ "access is recorded. Every failure (unknown address, wrong password, access not active) gets "
					+ "the same 401. Wrong attempts are throttled per address.")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "Signed in: the contact's access.",
			content = @Content(schema = @Schema(implementation = AccessSummary.class)))
	@ApiResponse(responseCode = "400", description = "The body is not valid JSON.")
	@ApiResponse(responseCode = "401", description = "Wrong e-mail address or password, or no active access.",
			content = @Content(mediaType = ApiAnswers.PROBLEM_JSON, schema = @Schema(ref = ApiAnswers.PROBLEM),
					examples = @ExampleObject(value = UNAUTHORIZED)))
	@ApiResponse(responseCode = "429",
			description = "Too many failed attempts from this address: wait Retry-After seconds.")
	ResponseEntity<?> authenticate(@RequestBody(required = false) Credentials credentials, HttpServletRequest request) {
		this.throttle.check(Throttle.Kind.PASSWORD, request);
		var access = (credentials != null) ? this.signIn.authenticate(credentials.email(), credentials.password())
				: java.util.Optional.<AccessSummary>empty();
		if (access.isEmpty()) {
			this.throttle.failed(Throttle.Kind.PASSWORD, request);
			Locale locale = LocaleContextHolder.getLocale();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					this.messages.getMessage("portal.login.error", null, locale));
			problem.setTitle(this.messages.getMessage("guichet.problem.unauthenticated", null, locale));
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		return ResponseEntity.ok(access.get());
	}

	@PostMapping("/api/access/{accessId}/activity")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record a sign-in made elsewhere",
			description = "The contact signed in to another portal: its last access is now, which pushes back "
					+ "its expiry for inactivity. For staff, or the real portal's Camunda user (group "
					+ "guichet-portal).")
	@ApiResponse(responseCode = "204", description = "Recorded.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
	@ApiResponse(responseCode = "403",
			description = "The user is in none of the groups guichet-staff, camunda-admin or guichet-portal.")
	@ApiResponse(responseCode = "404", description = "No such access.")
	@ApiResponse(responseCode = "409", description = "The access is not active.")
	@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
	void activity(@PathVariable UUID accessId) {
		this.signIn.recordActivity(accessId);
	}

	record Credentials(@Schema(example = ApiExamples.EMAIL) String email,
			@Schema(format = "password", example = "Maple syrup in April, twice") String password) {
	}

}
