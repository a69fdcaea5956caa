package io.guichet.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The staff console's sign-in; its home is the client list. */
@Controller
@ConsolePage
@RequestMapping("/console")
class ConsoleController {

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	/**
	 * The sign-in page again when this address has used up its wrong passwords
	 * ({@code guichet.security.staff-sign-in.*}).
	 */
	@RequestMapping("/login/too-many")
	String tooMany(HttpServletRequest request, HttpServletResponse response, Model model) {
		long seconds = (request.getAttribute("retryAfterSeconds") instanceof Long value) ? value : 60;
		response.setStatus(429);
		model.addAttribute("waitMinutes", Math.max(1, (seconds + 59) / 60));
		return "console/login";
	}

	@GetMapping({ "", "/" })
	String home() {
		return "redirect:/console/clients";
	}

}
