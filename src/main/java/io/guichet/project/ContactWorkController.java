package io.guichet.project;

import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.guichet.common.ApiExamples;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Projects")
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
	@Operation(summary = "Move a contact's project work to a colleague",
			description = "Its assignments in open projects go to another contact of the same client (with their "
					+ "rates and permissions), except where the colleague is already assigned. For a contact who "
					+ "leaves the company.")
	@ApiResponse(responseCode = "200", description = "Moved.")
	@ApiResponse(responseCode = "400",
			description = "toContactId is missing, unknown, the contact itself, or of another client.")
	@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
	@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
	MovedAssignments move(@PathVariable UUID id, @Valid @RequestBody Move move, Actor actor) {
		Actor viewer = actor;
		ContactCard from = visible(id, viewer).orElseThrow(() -> new NotFoundException("contact"));
		ContactCard to = visible(move.toContactId(), viewer)
			.filter((card) -> card.clientId() != null && card.clientId().equals(from.clientId()))
			.orElseThrow(() -> FieldErrorsException.of("toContactId", "guichet.project.move-same-company"));
		return new MovedAssignments(this.projects.moveAssignments(from.id(), to.id(), actor));
	}

	private java.util.Optional<ContactCard> visible(UUID contactId, Actor viewer) {
		return this.contacts.find(contactId).filter((card) -> this.clients.isVisible(card.clientId(), viewer));
	}

	record Move(@Schema(description = "The colleague who takes the work over.",
			example = ApiExamples.COLLEAGUE_ID) @NotNull(message = "{guichet.validation.required}") UUID toContactId) {
	}

}
