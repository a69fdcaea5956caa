package io.guichet.portal;

import java.util.Locale;

import io.guichet.access.Activation;
import io.guichet.access.Activation.LinkCheck;
import io.guichet.access.Activation.LinkStatus;
import io.guichet.common.Dates;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.RequestLocale;
import io.guichet.common.Throttle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the invitation link. GET only shows (mail scanners follow links); POST
 * with the password activates. Pages for dead links say what to do next and nothing about
 * the account.
 */
@Controller
class ActivationController {

	private final Dates dates;

	private final Activation activation;

	private final Throttle throttle;

	ActivationController(Activation activation, Throttle throttle, Dates dates) {
		this.dates = dates;
		this.activation = activation;
		this.throttle = throttle;
	}

	@GetMapping("/activate")
	String show(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TokenPages.keepPrivate(response);
		this.throttle.check(Throttle.Kind.ACTIVATION, request);
		LinkCheck check = this.activation.check(token);
		RequestLocale.use(request, check.locale());
		if (check.status() != LinkStatus.VALID) {
			return deadLink(check.status(), check, model, request);
		}
		model.addAttribute("token", token);
		model.addAttribute("check", check);
		return "activation/form";
	}

	@PostMapping("/activate")
	String activate(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TokenPages.keepPrivate(response);
		this.throttle.check(Throttle.Kind.ACTIVATION, request);
		LinkCheck check = this.activation.check(token);
		RequestLocale.use(request, check.locale());
		if (check.status() != LinkStatus.VALID) {
			return deadLink(check.status(), check, model, request);
		}
		try {
			LinkStatus status = this.activation.activate(token, password, passwordConfirmation);
			if (status != LinkStatus.ACTIVATED) {
				return deadLink(status, check, model, request);
			}
		}
		catch (FieldErrorsException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("token", token);
			model.addAttribute("check", check);
			ex.errors().forEach((error) -> model.addAttribute("error_" + error.field(), error));
			return "activation/form";
		}
		catch (Activation.LinkNoLongerValidException | ConcurrencyFailureException ex) {
			// another request used the link at the same moment, or the instance moved on
			LinkCheck now = this.activation.check(token);
			LinkStatus status = (now.status() == LinkStatus.VALID) ? LinkStatus.EXPIRED : now.status();
			return deadLink(status, now, model, request);
		}
		model.addAttribute("check", check);
		return "activation/done";
	}

	private String deadLink(LinkStatus status, LinkCheck check, Model model, HttpServletRequest request) {
		if (status == LinkStatus.UNKNOWN || status == LinkStatus.EXPIRED) {
			// used and superseded links are not guesses: someone had the real link
			this.throttle.failed(Throttle.Kind.ACTIVATION, request);
		}
		Locale locale = RequestLocale.current(request);
		model.addAttribute("status", status.name());
		model.addAttribute("newerInvitationAt",
				(check.newerInvitationAt() != null) ? this.dates.format(check.newerInvitationAt(), locale) : null);
		return "activation/link";
	}

}
