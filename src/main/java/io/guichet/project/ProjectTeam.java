package io.guichet.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.common.NotFoundException;
import io.guichet.common.PortalPermissions;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts assigned to a project: their rates and per-project permissions. Staff
 * calls take the {@link Actor}: a project hidden from them, or a contact kept for admins,
 * answers 404.
 */
@Service
public class ProjectTeam {

	private final ProjectRepository projects;

	private final ProjectRules rules;

	private final ProjectContactRepository members;

	private final ContactBook contacts;

	private final VisibleProjects visible;

	private final ProjectNotices notices;

	private final AuditLog audit;

	ProjectTeam(ProjectRepository projects, ProjectRules rules, ProjectContactRepository members, ContactBook contacts,
			VisibleProjects visible, ProjectNotices notices, AuditLog audit) {
		this.projects = projects;
		this.rules = rules;
		this.members = members;
		this.contacts = contacts;
		this.visible = visible;
		this.notices = notices;
		this.audit = audit;
	}

	@Transactional
	public void assign(UUID projectId, AssignmentForm form, Actor actor) {
		Project project = this.visible.lockOpen(projectId, actor);
		List<FieldError> errors = new ArrayList<>(permissionErrors(form.permissions()));
		if (!this.rules.isContactOf(form.contactId(), project.getClientIds(), actor)) {
			errors.add(new FieldError("contactId", "guichet.project.contact-not-of-clients"));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		if (project.member(form.contactId()).isPresent()) {
			throw new ConflictException("guichet.project.already-assigned", project.getName());
		}
		ProjectContact member = project.assign(form.contactId());
		member.setHourlyRate(form.hourlyRate());
		member.override(form.permissions());
		this.audit.record(AuditLog.CONTACT, form.contactId(), "PROJECT_ASSIGNED", actor, describe(member));
	}

	@Transactional
	public void change(UUID projectId, UUID contactId, AssignmentChange change, Actor actor) {
		Project project = this.visible.lockOpen(projectId, actor);
		ProjectContact member = memberOf(project, contactId, actor);
		List<FieldError> errors = permissionErrors(change.permissions());
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		member.setHourlyRate(change.hourlyRate());
		member.override(change.permissions());
		this.audit.record(AuditLog.CONTACT, contactId, "PROJECT_ASSIGNMENT_CHANGED", actor, describe(member));
	}

	/** Back to the portal-level permissions. */
	@Transactional
	public void removeOverride(UUID projectId, UUID contactId, Actor actor) {
		ProjectContact member = memberOf(this.visible.lockOpen(projectId, actor), contactId, actor);
		member.override(null);
		this.audit.record(AuditLog.CONTACT, contactId, "PROJECT_PERMISSIONS_CHANGED", actor, describe(member));
	}

	/** Copies one member's overrides to other members of the same project. */
	@Transactional
	public void cloneOverride(UUID projectId, UUID contactId, List<UUID> targetIds, Actor actor) {
		Project project = this.visible.lockOpen(projectId, actor);
		ProjectContact source = memberOf(project, contactId, actor);
		List<FieldError> errors = new ArrayList<>();
		if (targetIds == null || targetIds.isEmpty()) {
			errors.add(new FieldError("contactIds", "guichet.validation.required"));
		}
		for (int i = 0; targetIds != null && i < targetIds.size(); i++) {
			if (targetIds.get(i) == null || project.member(targetIds.get(i)).isEmpty()
					|| this.rules.isHidden(targetIds.get(i), actor)) {
				errors.add(new FieldError("contactIds[" + i + "]", "guichet.project.not-assigned"));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		if (source.permissions() == null) {
			throw new ConflictException("guichet.project.no-override");
		}
		for (UUID targetId : targetIds.stream().distinct().filter((id) -> !id.equals(contactId)).toList()) {
			ProjectContact target = project.member(targetId).orElseThrow();
			target.override(source.permissions());
			this.audit.record(AuditLog.CONTACT, targetId, "PROJECT_PERMISSIONS_CHANGED", actor,
					describe(target) + "; copied from contact " + contactId);
		}
	}

	/**
	 * Takes the contact off the project; with {@code notify}, the contact gets an e-mail
	 * once this is committed (an SMTP failure does not undo the removal).
	 */
	@Transactional
	public void unassign(UUID projectId, UUID contactId, boolean notify, Actor actor) {
		Project project = this.visible.lockOpen(projectId, actor);
		project.unassign(memberOf(project, contactId, actor));
		Optional<ContactCard> contact = notify ? this.contacts.find(contactId) : Optional.empty();
		this.audit.record(AuditLog.CONTACT, contactId, "PROJECT_UNASSIGNED", actor,
				project.label() + (contact.isPresent() ? "; contact notified" : ""));
		contact.ifPresent((card) -> this.notices.removed(card, project));
	}

	/** See {@link ProjectBook#moveAssignments}. */
	@Transactional
	int move(UUID fromContactId, UUID toContactId, Actor actor) {
		ContactCard from = this.contacts.find(fromContactId).orElseThrow(() -> new NotFoundException("contact"));
		ContactCard to = this.contacts.find(toContactId)
			.orElseThrow(() -> FieldErrorsException.of("toContactId", "guichet.project.contact-unknown"));
		if (from.clientId() == null || !from.clientId().equals(to.clientId()) || from.id().equals(to.id())) {
			throw FieldErrorsException.of("toContactId", "guichet.project.move-same-company");
		}
		int moved = 0;
		for (UUID projectId : this.members.projectIdsOf(fromContactId)) {
			Project project = this.projects.lockById(projectId).orElseThrow();
			if (project.isClosed() || project.member(toContactId).isPresent()) {
				continue;
			}
			ProjectContact member = memberOf(project, fromContactId);
			member.moveTo(toContactId);
			this.audit.record(AuditLog.CONTACT, fromContactId, "PROJECT_UNASSIGNED", actor,
					project.label() + "; moved to contact " + toContactId);
			this.audit.record(AuditLog.CONTACT, toContactId, "PROJECT_ASSIGNED", actor,
					describe(member) + "; moved from contact " + fromContactId);
			moved++;
		}
		return moved;
	}

	/** The member; 404 when not assigned, or hidden from this user (kept for admins). */
	private ProjectContact memberOf(Project project, UUID contactId, Actor actor) {
		if (this.rules.isHidden(contactId, actor)) {
			throw new NotFoundException("project contact");
		}
		return memberOf(project, contactId);
	}

	private static ProjectContact memberOf(Project project, UUID contactId) {
		return project.member(contactId).orElseThrow(() -> new NotFoundException("project contact"));
	}

	private static List<FieldError> permissionErrors(List<String> permissions) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; permissions != null && i < permissions.size(); i++) {
			String permission = permissions.get(i);
			if (permission == null || !PortalPermissions.ALL.contains(permission)) {
				errors.add(new FieldError("permissions[" + i + "]", "guichet.project.permission-unknown",
						String.join(", ", PortalPermissions.ALL.stream().sorted().toList())));
			}
		}
		return errors;
	}

	private static String describe(ProjectContact member) {
		return member.getProject().label() + "; hourly rate="
				+ ((member.getHourlyRate() != null) ? member.getHourlyRate().toPlainString() : "none") + "; "
				+ member.permissionsLabel();
	}

}
