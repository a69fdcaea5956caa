package io.guichet.engine.web;

import io.guichet.common.Actor;
import io.guichet.console.ConsolePage;
import io.guichet.engine.WebappsSignIn;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The console's links to Tasklist, Cockpit and Admin: the signed-in staff user arrives
 * there signed in.
 */
@Controller
@ConsolePage
@RequestMapping("/console/camunda")
class WebappsEntryController {

	private final WebappsSignIn signIn;

	WebappsEntryController(WebappsSignIn signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/{app:tasklist|cockpit|admin}")
	String open(@PathVariable String app, Actor actor, HttpSession session) {
		this.signIn.signIn(actor, session);
		return "redirect:/camunda/app/" + app + "/default/";
	}

}
