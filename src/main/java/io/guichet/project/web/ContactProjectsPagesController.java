package io.guichet.project.web;

import java.util.UUID;

import io.guichet.access.ContactQueries;
import io.guichet.common.Actor;
import io.guichet.console.ConsolePage;
import io.guichet.project.ProjectBook;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contact's Projects tab: the projects it is assigned to that this user may see, under
 * the contact's own header and tab bar.
 */
@Controller
@ConsolePage
class ContactProjectsPagesController {

	private final ContactQueries contacts;

	private final ProjectBook projects;

	ContactProjectsPagesController(ContactQueries contacts, ProjectBook projects) {
		this.contacts = contacts;
		this.projects = projects;
	}

	@GetMapping("/console/contacts/{id}/projects")
	String projects(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("contact", this.contacts.get(id, actor));
		model.addAttribute("projects", this.projects.ofContact(id, actor));
		return "project/contact-projects";
	}

}
