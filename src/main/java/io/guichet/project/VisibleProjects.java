package io.guichet.project;

import java.util.List;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactCard;
import io.guichet.contact.Privacy;

import org.springframework.stereotype.Component;

/**
 * What a staff user may see of projects: a project with a restricted client they are not
 * allowed on does not exist for them, and contacts kept for admins are left out of what
 * they see.
 */
@Component
class VisibleProjects {

	private final ProjectRepository projects;

	private final ClientDirectory clients;

	VisibleProjects(ProjectRepository projects, ClientDirectory clients) {
		this.projects = projects;
		this.clients = clients;
	}

	/** The project, to read; 404 when unknown or not visible. */
	Project find(UUID id, Actor viewer) {
		return visible(this.projects.findById(id).orElseThrow(() -> new NotFoundException("project")), viewer);
	}

	/** The project, locked for a change; 404 when unknown or not visible. */
	Project lock(UUID id, Actor viewer) {
		return visible(this.projects.lockById(id).orElseThrow(() -> new NotFoundException("project")), viewer);
	}

	/**
	 * The project, locked for a change; 404 when unknown or not visible (before anything
	 * else, so that a hidden project is not told apart from a missing one), 409 when
	 * closed.
	 */
	Project lockOpen(UUID id, Actor viewer) {
		Project project = lock(id, viewer);
		if (project.isClosed()) {
			throw new ConflictException("guichet.project.closed", project.getName());
		}
		return project;
	}

	/** Every client of the project is visible to this user. */
	boolean maySee(Project project, Actor viewer) {
		return viewer.admin() || project.getClientIds().stream().allMatch((id) -> this.clients.isVisible(id, viewer));
	}

	/** A contact kept for admins is hidden from other staff. */
	static boolean maySee(ContactCard contact, Actor viewer) {
		return viewer.admin() || contact.privacy() != Privacy.ADMINS_ONLY;
	}

	/**
	 * The restricted clients this user is not allowed on: their projects are left out of
	 * lists. Few by nature, so a list the search query can take.
	 */
	List<UUID> hiddenClients(Actor viewer) {
		return this.clients.hiddenFrom(viewer);
	}

	private Project visible(Project project, Actor viewer) {
		if (!maySee(project, viewer)) {
			throw new NotFoundException("project");
		}
		return project;
	}

}
