package io.guichet.access.web;

import java.util.Locale;
import java.util.UUID;

import io.guichet.access.AccessSummary;
import io.guichet.access.PortalSignIn;
import io.guichet.common.Throttle;
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
class PortalApiController {

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
	void activity(@PathVariable UUID accessId) {
		this.signIn.recordActivity(accessId);
	}

	record Credentials(String email, String password) {
	}

}
