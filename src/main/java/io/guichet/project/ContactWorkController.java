package io.guichet.project;

import java.util.Map;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff move one contact's work (its assignments in open projects) to a colleague.
 */
@RestController
class ContactWorkController {

	private final ProjectBook projects;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	ContactWorkController(ProjectBook projects, ContactBook contacts, ClientDirectory clients) {
		this.projects = projects;
		this.contacts = contacts;
		this.clients = clients;
	}

	@PostMapping("/api/contacts/{id}/assignments/move")
	Map<String, Integer> move(@PathVariable UUID id, @Valid @RequestBody Move move, Actor actor) {
		Actor viewer = actor;
		ContactCard from = visible(id, viewer).orElseThrow(() -> new NotFoundException("contact"));
		ContactCard to = visible(move.toContactId(), viewer)
			.filter((card) -> card.clientId() != null && card.clientId().equals(from.clientId()))
			.orElseThrow(() -> FieldErrorsException.of("toContactId", "guichet.project.move-same-company"));
		return Map.of("moved", this.projects.moveAssignments(from.id(), to.id(), actor));
	}

	private java.util.Optional<ContactCard> visible(UUID contactId, Actor viewer) {
		return this.contacts.find(contactId).filter((card) -> this.clients.isVisible(card.clientId(), viewer));
	}

	record Move(@NotNull(message = "{guichet.validation.required}") UUID toContactId) {
	}

}
