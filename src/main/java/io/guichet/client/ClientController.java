package io.guichet.client;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.guichet.audit.HistoryEntry;
import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.guichet.common.Created;
import io.guichet.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
@Tag(name = "Clients")
@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
class ClientController {

	private final ClientDirectory directory;

	private final ClientEditing editing;

	ClientController(ClientDirectory directory, ClientEditing editing) {
		this.directory = directory;
		this.editing = editing;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a client",
			description = "Only the name is required. The client's language becomes the default language of "
					+ "its contacts.")
	@ApiResponse(responseCode = "201", description = "Created; the new client's id.")
	@ApiResponse(responseCode = "400", description = "A field is not valid, or the parent client is unknown.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "409", description = "Another client already has this name.")
	Created create(@Valid @RequestBody ClientForm client, Actor actor) {
		return new Created(this.editing.create(client, actor));
	}

	/**
	 * A page of the clients this user may see, by name or alias; the total is in
	 * X-Total-Count.
	 */
	@GetMapping
	@Operation(summary = "Search clients",
			description = "The clients this user may see whose name or alias contains the text, by name, a page "
					+ "at a time (at most 200 a page).")
	@ApiResponse(responseCode = "200", description = "One page of clients.",
			headers = @Header(name = "X-Total-Count", description = "How many clients match, on every page.",
					schema = @Schema(type = "integer", example = "1")))
	@ApiResponse(responseCode = "400", description = "page or size is not a number.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	ResponseEntity<List<ClientSummary>> search(
			@Parameter(description = "Part of the name or alias.", example = "Bowman") @RequestParam(name = "q",
					required = false) String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
		PageResult<ClientSummary> result = this.directory.search(query, page, size, actor);
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a client's profile")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	ClientView get(@PathVariable UUID id, Actor actor) {
		return this.directory.get(id, actor);
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a client's profile",
			description = "Replaces the whole profile: a field left out is emptied, or set back to its default. "
					+ "The history records what changed.")
	@ApiResponse(responseCode = "204", description = "Changed.")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid, or the parent client is unknown or the client itself.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	@ApiResponse(responseCode = "409", description = "Another client already has this name.")
	void update(@PathVariable UUID id, @Valid @RequestBody ClientForm client, Actor actor) {
		this.editing.update(id, client, actor);
	}

	/** Refused with 409 while the client has contacts or projects. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a client",
			description = "Refused while the client still has contacts, projects or documents, or other "
					+ "clients name it as their parent. Its history stays.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	@ApiResponse(responseCode = "409",
			description = "The client still has contacts, projects or documents, or is the parent of others.")
	void delete(@PathVariable UUID id, Actor actor) {
		this.editing.delete(id, actor);
	}

	/** Newest first. */
	@GetMapping("/{id}/history")
	@Operation(summary = "Read a client's history",
			description = "Newest first, a page at a time: creation, changes, comments, projects and documents.")
	@ApiResponse(responseCode = "400", description = "The id is not a UUID, or page or size is not a number.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	PageResult<HistoryEntry> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		return this.directory.history(id, page, size, actor);
	}

	/** A comment is a line of the client's history. */
	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a client", description = "The comment becomes a line of the client's history.")
	@ApiResponse(responseCode = "201", description = "Recorded.")
	@ApiResponse(responseCode = "400", description = "The text is missing or longer than 2000 characters.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	void comment(@PathVariable UUID id, @RequestBody Comment comment, Actor actor) {
		this.editing.comment(id, (comment != null) ? comment.text() : null, actor);
	}

	record Comment(@Schema(description = "At most 2000 characters.",
			example = "Asked for a quote for the new showroom; call back in March.") String text) {
	}

	/**
	 * Admins only: the inactivity period of this client's contacts ({@code null} for the
	 * default).
	 */
	@PutMapping("/{id}/inactivity-period")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set the inactivity period of a client's contacts",
			description = "Admins only. A contact of this client who does not sign in for this long loses its "
					+ "access; null goes back to the default (guichet.access.inactivity-period). The active "
					+ "contacts' deadlines follow at once.")
	@ApiResponse(responseCode = "204", description = "Set.")
	@ApiResponse(responseCode = "400",
			description = "The period is not an ISO-8601 duration, or is not more "
					+ "than zero and at most ten years.")
	@ApiResponse(responseCode = "403", description = "The user is not an admin (camunda-admin).")
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	void inactivityPeriod(@PathVariable UUID id, @RequestBody InactivityPeriod body, Actor actor) {
		this.editing.setInactivityPeriod(id, body.period(), actor);
	}

	record InactivityPeriod(
			@Schema(description = "An ISO-8601 duration; null for the default.", example = "P90D") Duration period) {
	}

}
