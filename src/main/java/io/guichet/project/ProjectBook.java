package io.guichet.project;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.PageResult;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's façade: projects led for clients, and what other modules need to
 * know of them. Assignments of contacts are in {@link ProjectTeam}. Staff calls take the
 * {@link Actor}: a project with a client hidden from them answers 404.
 */
@Service
public class ProjectBook {

	private final ProjectRepository projects;

	private final ProjectRules rules;

	private final ProjectViews views;

	private final ProjectTeam team;

	private final VisibleProjects visible;

	private final AuditLog audit;

	private final Clock clock;

	ProjectBook(ProjectRepository projects, ProjectRules rules, ProjectViews views, ProjectTeam team,
			VisibleProjects visible, AuditLog audit, Clock clock) {
		this.projects = projects;
		this.rules = rules;
		this.views = views;
		this.team = team;
		this.visible = visible;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID create(ProjectForm form, Actor actor) {
		this.rules.check(form, null, List.of(), actor);
		Project project = this.projects.save(new Project(form, this.clock.instant()));
		this.audit.record(AuditLog.CLIENT, project.getPrimaryClientId(), "PROJECT_CREATED", actor, project.label());
		return project.getId();
	}

	/**
	 * Replaces the project's values. A named contact hidden from this user (kept for
	 * admins) and left out of the form stays named: the user never saw it.
	 */
	@Transactional
	public void update(UUID id, ProjectForm form, Actor actor) {
		Project project = this.visible.lockOpen(id, actor);
		ProjectForm kept = form.withNamedContacts(
				keepHidden(form.submissionContactId(), project.getSubmissionContactId(), actor),
				keepHidden(form.billingContactId(), project.getBillingContactId(), actor),
				keepHidden(form.executionContactId(), project.getExecutionContactId(), actor));
		this.rules.check(kept, project, project.getContacts().stream().map(ProjectContact::getContactId).toList(),
				actor);
		UUID formerPrimary = project.getPrimaryClientId();
		List<String> changed = project.apply(kept);
		if (changed.isEmpty()) {
			return;
		}
		String details = project.label() + "; changed: " + String.join(", ", changed);
		this.audit.record(AuditLog.CLIENT, project.getPrimaryClientId(), "PROJECT_CHANGED", actor, details);
		if (!formerPrimary.equals(project.getPrimaryClientId())) {
			this.audit.record(AuditLog.CLIENT, formerPrimary, "PROJECT_CHANGED", actor, details);
		}
	}

	@Transactional
	public void close(UUID id, Actor actor) {
		Project project = this.visible.lockOpen(id, actor);
		project.close();
		this.audit.record(AuditLog.CLIENT, project.getPrimaryClientId(), "PROJECT_CLOSED", actor, project.label());
	}

	/** A closed project open again for changes; 409 when it is open. */
	@Transactional
	public void reopen(UUID id, Actor actor) {
		Project project = this.visible.lock(id, actor);
		if (!project.isClosed()) {
			throw new ConflictException("guichet.project.already-open", project.getName());
		}
		project.reopen();
		this.audit.record(AuditLog.CLIENT, project.getPrimaryClientId(), "PROJECT_REOPENED", actor, project.label());
	}

	/**
	 * Deletes the project, open or closed, with its assignments and client links. The
	 * history of the primary client keeps the deletion, that of each assigned contact the
	 * end of its assignment.
	 */
	@Transactional
	public void delete(UUID id, Actor actor) {
		Project project = this.visible.lock(id, actor);
		for (ProjectContact member : project.getContacts()) {
			this.audit.record(AuditLog.CONTACT, member.getContactId(), "PROJECT_UNASSIGNED", actor,
					project.label() + "; project deleted");
		}
		this.audit.record(AuditLog.CLIENT, project.getPrimaryClientId(), "PROJECT_DELETED", actor, project.label()
				+ "; clients=" + project.getClientIds() + "; assigned contacts=" + project.getContacts().size());
		this.projects.delete(project);
	}

	@Transactional(readOnly = true)
	public ProjectDetails get(UUID id, Actor actor) {
		return this.views.details(this.visible.find(id, actor), actor);
	}

	/**
	 * Projects whose name contains {@code query}, of {@code clientId}; nulls match all.
	 * Only the projects this user may see, counted and paged as such.
	 */
	@Transactional(readOnly = true)
	public PageResult<ProjectSummary> search(String query, UUID clientId, int page, int size, Actor actor) {
		return search(query, clientId, null, page, size, actor);
	}

	/** The same, in {@code state} only (null: open and closed). */
	@Transactional(readOnly = true)
	public PageResult<ProjectSummary> search(String query, UUID clientId, ProjectState state, int page, int size,
			Actor actor) {
		PageRequest request = PageRequest.of(page, size, Sort.by("nameKey", "id"));
		return PageResult.of(
				this.projects.findAll(
						ProjectRepository.matching(query, clientId, state, this.visible.hiddenClients(actor)), request),
				Project::toSummary);
	}

	private UUID keepHidden(UUID given, UUID current, Actor actor) {
		return (given == null && this.rules.isHidden(current, actor)) ? current : given;
	}

	/** A client with projects cannot be deleted. */
	@Transactional(readOnly = true)
	public boolean existsForClient(UUID clientId) {
		return this.projects.existsForClient(clientId);
	}

	/** The projects a contact is assigned to, open or closed, by name. */
	@Transactional(readOnly = true)
	public List<ProjectSummary> ofContact(UUID contactId) {
		return this.projects.findByMember(contactId).stream().map(Project::toSummary).toList();
	}

	/**
	 * The projects a contact is assigned to that this user may see (a project with a
	 * client hidden from them is left out), by name.
	 */
	@Transactional(readOnly = true)
	public List<ProjectSummary> ofContact(UUID contactId, Actor actor) {
		return this.projects.findByMember(contactId)
			.stream()
			.filter((project) -> this.visible.maySee(project, actor))
			.map(Project::toSummary)
			.toList();
	}

	/**
	 * Moves a contact's assignments in open projects to another contact of the same
	 * company, except where that one is already assigned. Answers how many moved.
	 */
	@Transactional
	public int moveAssignments(UUID fromContactId, UUID toContactId, Actor actor) {
		return this.team.move(fromContactId, toContactId, actor);
	}

}
