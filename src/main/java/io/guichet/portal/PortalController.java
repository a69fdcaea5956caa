package io.guichet.portal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.guichet.access.AccessSummary;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.PortalSignIn;
import io.guichet.common.Dates;
import io.guichet.common.RequestLocale;
import io.guichet.project.ProjectBook;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The contact's own pages: sign-in and "my access". */
@Controller
@RequestMapping("/portal")
class PortalController {

	private final Dates dates;

	private final PortalSignIn signIn;

	private final ContactQueries contacts;

	private final ProjectBook projects;

	PortalController(PortalSignIn signIn, ContactQueries contacts, ProjectBook projects, Dates dates) {
		this.dates = dates;
		this.signIn = signIn;
		this.contacts = contacts;
		this.projects = projects;
	}

	@GetMapping("/login")
	String login() {
		return "portal/login";
	}

	@GetMapping({ "", "/" })
	String myAccess(Authentication user, Model model, HttpServletRequest request) {
		AccessSummary access = this.signIn.summaryOf(UUID.fromString(user.getName())).orElseThrow();
		ContactView contact = this.contacts.get(access.contactId());
		var locale = RequestLocale.current(request);
		List<String> permissions = (access.permissions() == null) ? List.of()
				: Arrays.asList(access.permissions().split(","));
		model.addAttribute("contact", contact);
		model.addAttribute("access", access);
		model.addAttribute("permissions", permissions);
		model.addAttribute("lastAccess", this.dates.format(access.lastAccessAt(), locale));
		model.addAttribute("expiresAt", this.dates.format(access.expiresAt(), locale));
		model.addAttribute("projects", this.projects.ofContact(contact.id()));
		return "portal/access";
	}

	/** Reached by a forward from the login throttle, so any method. */
	@RequestMapping("/too-many")
	String tooMany(Model model, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		Object seconds = request.getAttribute("retryAfterSeconds");
		long wait = (seconds instanceof Long value) ? value : 600;
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(wait));
		model.addAttribute("minutes", Math.max(1, (wait + 59) / 60));
		return "portal/too-many";
	}

}
