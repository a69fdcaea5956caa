package io.guichet.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's clients one at a time: add one, make another one primary, take one off.
 * Each is a change of the whole project ({@link ProjectBook#update}), with its rules.
 */
@Service
public class ProjectClients {

	private final ProjectBook book;

	private final VisibleProjects visible;

	private final ProjectRules rules;

	ProjectClients(ProjectBook book, VisibleProjects visible, ProjectRules rules) {
		this.book = book;
		this.visible = visible;
		this.rules = rules;
	}

	/** Adds a client; as the primary one if asked, the former primary client staying. */
	@Transactional
	public void add(UUID projectId, UUID clientId, boolean primary, Actor actor) {
		Project project = this.visible.lockOpen(projectId, actor);
		change(project, primary ? clientId : project.getPrimaryClientId(), clientId, null, actor);
	}

	@Transactional
	public void makePrimary(UUID projectId, UUID clientId, Actor actor) {
		change(clientOf(projectId, clientId, actor), clientId, null, null, actor);
	}

	/**
	 * Refused for the primary client, while a named contact works for the client, and
	 * while an assigned one does.
	 */
	@Transactional
	public void remove(UUID projectId, UUID clientId, Actor actor) {
		Project project = clientOf(projectId, clientId, actor);
		if (clientId.equals(project.getPrimaryClientId())) {
			throw new ConflictException("guichet.project.primary-stays");
		}
		boolean named = Stream
			.of(project.getSubmissionContactId(), project.getBillingContactId(), project.getExecutionContactId())
			.anyMatch((contactId) -> contactId != null
					&& this.rules.isContactOf(contactId, Set.of(clientId), Actor.SYSTEM));
		if (named) {
			throw new ConflictException("guichet.project.client-named");
		}
		change(project, project.getPrimaryClientId(), null, clientId, actor);
	}

	private Project clientOf(UUID projectId, UUID clientId, Actor actor) {
		Project project = this.visible.lockOpen(projectId, actor);
		if (!project.getClientIds().contains(clientId)) {
			throw new NotFoundException("project client");
		}
		return project;
	}

	/** Every other value of the project unchanged. */
	private void change(Project project, UUID primary, UUID added, UUID removed, Actor actor) {
		Set<UUID> ids = new LinkedHashSet<>(project.getClientIds());
		ids.add(primary);
		if (added != null) {
			ids.add(added);
		}
		ids.remove(removed);
		List<ClientLink> clients = ids.stream().map((id) -> new ClientLink(id, id.equals(primary))).toList();
		this.book.update(project.getId(),
				new ProjectForm(project.getName(), clients, project.getSubmissionEndDate(), project.getStartDate(),
						project.getEndDate(), project.getEstimatedBudget(), project.getSubmissionContactId(),
						project.getBillingContactId(), project.getExecutionContactId()),
				actor);
	}

}
