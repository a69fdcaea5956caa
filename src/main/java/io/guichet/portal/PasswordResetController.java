package io.guichet.portal;

import io.guichet.access.Activation.LinkStatus;
import io.guichet.access.PortalSignIn;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Throttle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password": the answer never says whether the e-mail is known; the link in the
 * e-mail works once, for {@code guichet.access.reset-link-lifespan}.
 */
@Controller
class PasswordResetController {

	private final PortalSignIn signIn;

	private final Throttle throttle;

	PasswordResetController(PortalSignIn signIn, Throttle throttle) {
		this.signIn = signIn;
		this.throttle = throttle;
	}

	@GetMapping("/portal/password-reset")
	String request() {
		return "portal/reset-request";
	}

	/**
	 * Each request spends one of the address's budget
	 * ({@code guichet.throttle.reset-requests.*}), known e-mail or not.
	 */
	@PostMapping("/portal/password-reset")
	String send(@RequestParam(required = false) String email, HttpServletRequest request) {
		this.throttle.spend(Throttle.Kind.RESET_REQUEST, request);
		this.signIn.requestReset(email);
		return "portal/reset-sent";
	}

	@GetMapping("/portal/password-reset/new")
	String form(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TokenPages.keepPrivate(response);
		this.throttle.check(Throttle.Kind.RESET, request);
		LinkStatus status = this.signIn.checkReset(token);
		if (status != LinkStatus.VALID) {
			this.throttle.failed(Throttle.Kind.RESET, request);
			model.addAttribute("status", status.name());
			return "portal/reset-link";
		}
		model.addAttribute("token", token);
		return "portal/reset-form";
	}

	@PostMapping("/portal/password-reset/new")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TokenPages.keepPrivate(response);
		this.throttle.check(Throttle.Kind.RESET, request);
		try {
			LinkStatus status = this.signIn.resetPassword(token, password, passwordConfirmation);
			if (status != LinkStatus.ACTIVATED) {
				this.throttle.failed(Throttle.Kind.RESET, request);
				model.addAttribute("status", status.name());
				return "portal/reset-link";
			}
		}
		catch (FieldErrorsException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("token", token);
			ex.errors().forEach((error) -> model.addAttribute("error_" + error.field(), error));
			return "portal/reset-form";
		}
		return "portal/reset-done";
	}

}
