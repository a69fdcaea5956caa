package io.guichet.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;

import org.springframework.stereotype.Component;

/**
 * The rules of a project form that bean validation cannot see: its clients exist (and are
 * visible to the user), one is primary, dates are in order, named contacts belong to its
 * clients.
 */
@Component
class ProjectRules {

	private final ClientDirectory clients;

	private final ContactBook contacts;

	ProjectRules(ClientDirectory clients, ContactBook contacts) {
		this.clients = clients;
		this.contacts = contacts;
	}

	/**
	 * Throws every broken rule at once. {@code current}: the project being changed (null
	 * for a new one), whose contacts hidden from this user may stay named;
	 * {@code assigned}: contacts assigned to the project, whose client may not leave it.
	 * Clients and contacts this user may not see are refused as unknown.
	 */
	void check(ProjectForm form, Project current, Collection<UUID> assigned, Actor viewer) {
		List<FieldError> errors = new ArrayList<>();
		checkClients(form, viewer, errors);
		if (form.startDate() != null && form.endDate() != null && form.startDate().isAfter(form.endDate())) {
			errors.add(new FieldError("endDate", "guichet.project.end-before-start"));
		}
		Set<UUID> clientIds = new HashSet<>(form.clientIds());
		checkNamed("submissionContactId", form.submissionContactId(),
				(current != null) ? current.getSubmissionContactId() : null, clientIds, viewer, errors);
		checkNamed("billingContactId", form.billingContactId(),
				(current != null) ? current.getBillingContactId() : null, clientIds, viewer, errors);
		checkNamed("executionContactId", form.executionContactId(),
				(current != null) ? current.getExecutionContactId() : null, clientIds, viewer, errors);
		boolean orphans = assigned.stream()
			.map(this.contacts::find)
			.flatMap(java.util.Optional::stream)
			.anyMatch((contact) -> !clientIds.contains(contact.clientId()));
		if (orphans) {
			errors.add(new FieldError("clients", "guichet.project.client-has-assignments"));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
	}

	/**
	 * The contact exists, works for one of these clients and this user may see it.
	 */
	boolean isContactOf(UUID contactId, Collection<UUID> clientIds, Actor viewer) {
		return this.contacts.find(contactId)
			.filter((contact) -> VisibleProjects.maySee(contact, viewer))
			.map(ContactCard::clientId)
			.filter(clientIds::contains)
			.isPresent();
	}

	/** The contact exists and this user may not see it (kept for admins). */
	boolean isHidden(UUID contactId, Actor viewer) {
		return contactId != null && this.contacts.find(contactId)
			.filter((contact) -> !VisibleProjects.maySee(contact, viewer))
			.isPresent();
	}

	private void checkClients(ProjectForm form, Actor viewer, List<FieldError> errors) {
		if (form.clients().stream().filter(ClientLink::isPrimary).count() != 1) {
			errors.add(new FieldError("clients", "guichet.project.one-primary"));
		}
		if (new HashSet<>(form.clientIds()).size() != form.clients().size()) {
			errors.add(new FieldError("clients", "guichet.project.client-twice"));
		}
		for (int i = 0; i < form.clients().size(); i++) {
			UUID clientId = form.clients().get(i).clientId();
			if (this.clients.find(clientId).isEmpty() || !this.clients.isVisible(clientId, viewer)) {
				errors.add(new FieldError("clients[" + i + "].clientId", "guichet.project.client-unknown"));
			}
		}
	}

	/** A contact hidden from this user may stay named, not be newly named. */
	private void checkNamed(String field, UUID contactId, UUID currentId, Set<UUID> clientIds, Actor viewer,
			List<FieldError> errors) {
		Actor seeing = (contactId != null && contactId.equals(currentId)) ? Actor.SYSTEM : viewer;
		if (contactId != null && !isContactOf(contactId, clientIds, seeing)) {
			errors.add(new FieldError(field, "guichet.project.contact-not-of-clients"));
		}
	}

}
