package io.guichet.console;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.PageResult;
import io.guichet.staff.Staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff console: sign-in and the client list (the first of its pages). */
@Controller
@ConsolePage
@RequestMapping("/console")
class ConsoleController {

	static final int PAGE_SIZE = 20;

	private final ClientDirectory clients;

	ConsoleController(ClientDirectory clients) {
		this.clients = clients;
	}

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	@GetMapping({ "", "/" })
	String home() {
		return "redirect:/console/clients";
	}

	@GetMapping("/clients")
	String clients(@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			Authentication user, Model model) {
		PageResult<ClientSummary> result = this.clients.search(query, page, PAGE_SIZE, Staff.actor(user));
		long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("result", result);
		model.addAttribute("pages", pages);
		model.addAttribute("user", user.getName());
		return "console/clients";
	}

}
