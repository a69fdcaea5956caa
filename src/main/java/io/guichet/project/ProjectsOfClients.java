package io.guichet.project;

import java.util.UUID;

import io.guichet.client.ClientReferences;

import org.springframework.stereotype.Component;

/** A client with projects cannot be deleted. */
@Component
class ProjectsOfClients implements ClientReferences {

	private final ProjectRepository projects;

	ProjectsOfClients(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public long countFor(UUID clientId) {
		return this.projects.countForClient(clientId);
	}

	@Override
	public String refusalKey() {
		return "guichet.client.has-projects";
	}

}
