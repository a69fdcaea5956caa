package io.guichet.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;

import org.springframework.stereotype.Component;

/**
 * The rules of a project form that bean validation cannot see: its clients exist, one is
 * primary, dates are in order, named contacts belong to its clients.
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
	 * Throws every broken rule at once. {@code assigned}: contacts assigned to the
	 * project, whose client may not leave it.
	 */
	void check(ProjectForm form, Collection<UUID> assigned) {
		List<FieldError> errors = new ArrayList<>();
		checkClients(form, errors);
		if (form.startDate() != null && form.endDate() != null && form.startDate().isAfter(form.endDate())) {
			errors.add(new FieldError("endDate", "guichet.project.end-before-start"));
		}
		Set<UUID> clientIds = new HashSet<>(form.clientIds());
		checkNamed("submissionContactId", form.submissionContactId(), clientIds, errors);
		checkNamed("billingContactId", form.billingContactId(), clientIds, errors);
		checkNamed("executionContactId", form.executionContactId(), clientIds, errors);
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

	/** The contact exists and works for one of these clients. */
	boolean isContactOf(UUID contactId, Collection<UUID> clientIds) {
		return this.contacts.find(contactId).map(ContactCard::clientId).filter(clientIds::contains).isPresent();
	}

	private void checkClients(ProjectForm form, List<FieldError> errors) {
		if (form.clients().stream().filter(ClientLink::isPrimary).count() != 1) {
			errors.add(new FieldError("clients", "guichet.project.one-primary"));
		}
		if (new HashSet<>(form.clientIds()).size() != form.clients().size()) {
			errors.add(new FieldError("clients", "guichet.project.client-twice"));
		}
		for (int i = 0; i < form.clients().size(); i++) {
			if (this.clients.find(form.clients().get(i).clientId()).isEmpty()) {
				errors.add(new FieldError("clients[" + i + "].clientId", "guichet.project.client-unknown"));
			}
		}
	}

	private void checkNamed(String field, UUID contactId, Set<UUID> clientIds, List<FieldError> errors) {
		if (contactId != null && !isContactOf(contactId, clientIds)) {
			errors.add(new FieldError(field, "guichet.project.contact-not-of-clients"));
		}
	}

}
