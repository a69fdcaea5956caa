package io.guichet.console;

import org.springframework.stereotype.Controller;
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

	@GetMapping({ "", "/" })
	String home() {
		return "redirect:/console/clients";
	}

}
