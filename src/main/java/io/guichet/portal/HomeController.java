package io.guichet.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door leads staff to the console (contacts have /portal). */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/console/clients";
	}

}
