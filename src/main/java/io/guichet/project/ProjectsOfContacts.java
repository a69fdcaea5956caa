package io.guichet.project;

import java.util.UUID;

import io.guichet.contact.ContactReferences;

import org.springframework.stereotype.Component;

/** A contact assigned to projects cannot be deleted. */
@Component
class ProjectsOfContacts implements ContactReferences {

	private final ProjectBook projects;

	ProjectsOfContacts(ProjectBook projects) {
		this.projects = projects;
	}

	@Override
	public long countFor(UUID contactId) {
		return this.projects.ofContact(contactId).size();
	}

	@Override
	public String refusalKey() {
		return "guichet.contact.has-projects";
	}

}
