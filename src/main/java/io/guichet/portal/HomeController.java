package io.guichet.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Until the staff console exists, the front door leads staff to Camunda's webapps. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/camunda/app/";
	}

}
