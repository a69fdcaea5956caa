package io.guichet.portal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.access.AccessState;
import io.guichet.access.AccessSummary;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.PortalSignIn;
import io.guichet.access.Role;
import io.guichet.common.ConfirmPage;
import io.guichet.common.Language;
import io.guichet.common.NotFoundException;
import io.guichet.common.RequestLocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of a signed-in contact shows: the navigation ("My team" for managers)
 * in the contact's language, a refusal as a page, and the way a destructive action asks
 * first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // its refusal pages before the generic error page
@ControllerAdvice(assignableTypes = { PortalController.class, TeamPagesController.class, AccountController.class })
class PortalPages {

	/** Page size of every portal list. */
	static final int PAGE_SIZE = 20;

	private final PortalSignIn signIn;

	private final ContactQueries contacts;

	PortalPages(PortalSignIn signIn, ContactQueries contacts) {
		this.signIn = signIn;
		this.contacts = contacts;
	}

	/**
	 * The signed-in contact, or none. Its page speaks the language picked with
	 * {@code ?lang=}, else the contact's own, else the browser's.
	 */
	@ModelAttribute("portalUser")
	PortalUser portalUser(Authentication user, HttpServletRequest request) {
		AccessSummary access = (user != null) ? accessId(user.getName()).flatMap(this.signIn::summaryOf).orElse(null)
				: null;
		if (access == null) {
			return null;
		}
		ContactView contact = this.contacts.get(access.contactId());
		RequestLocale.use(request, RequestLocale.chosen(request)
			.orElseGet(
					() -> Language.firstSupported(contact.language(), RequestLocale.current(request).getLanguage())));
		return new PortalUser(contact.firstName() + " " + contact.lastName(),
				access.state() == AccessState.ACTIVE && access.role() == Role.MANAGER, here(request));
	}

	@ExceptionHandler(AccessDeniedException.class)
	String managersOnly(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "portal/refused";
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("notFound", true);
		return "portal/refused";
	}

	/**
	 * The confirmation page of a destructive action: the same form is posted again with
	 * {@code confirmed=true}.
	 * @param model the page model
	 * @param question what is about to happen, in the contact's language
	 * @param action the URL the confirmed form posts to
	 * @param back where "cancel" leads
	 * @param fields other form fields to post again
	 * @return the view name
	 */
	static String confirm(Model model, String question, String action, String back, Map<String, String> fields) {
		return ConfirmPage.show(model, "layout", question, action, back, fields);
	}

	/**
	 * Where the language switch leads: this page, or for a page answering a form post
	 * (the switch is a GET), the list the form belongs to.
	 */
	private static String here(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (HttpMethod.GET.matches(request.getMethod())) {
			return path;
		}
		int third = path.indexOf('/', path.indexOf('/', 1) + 1);
		return (third > 0) ? path.substring(0, third) : path;
	}

	private static Optional<UUID> accessId(String name) {
		try {
			return Optional.of(UUID.fromString(name));
		}
		catch (IllegalArgumentException ex) {
			// a staff user's session seen on a public portal page
			return Optional.empty();
		}
	}

	/** The contact behind a portal session, as the navigation shows it. */
	record PortalUser(String name, boolean manager, String here) {
	}

}
