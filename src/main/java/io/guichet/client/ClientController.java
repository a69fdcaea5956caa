package io.guichet.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.audit.HistoryEntry;
import io.guichet.common.Actor;
import io.guichet.common.PageResult;
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
class ClientController {

	private final ClientDirectory directory;

	private final ClientEditing editing;

	ClientController(ClientDirectory directory, ClientEditing editing) {
		this.directory = directory;
		this.editing = editing;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@Valid @RequestBody ClientForm client, Actor actor) {
		return Map.of("id", this.editing.create(client, actor));
	}

	/**
	 * A page of the clients this user may see, by name or alias; the total is in
	 * X-Total-Count.
	 */
	@GetMapping
	ResponseEntity<List<ClientSummary>> search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
		PageResult<ClientSummary> result = this.directory.search(query, page, size, actor);
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	ClientView get(@PathVariable UUID id, Actor actor) {
		return this.directory.get(id, actor);
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void update(@PathVariable UUID id, @Valid @RequestBody ClientForm client, Actor actor) {
		this.editing.update(id, client, actor);
	}

	/** Refused with 409 while the client has contacts or projects. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, Actor actor) {
		this.editing.delete(id, actor);
	}

	/** Newest first. */
	@GetMapping("/{id}/history")
	PageResult<HistoryEntry> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		return this.directory.history(id, page, size, actor);
	}

	/** A comment is a line of the client's history. */
	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	void comment(@PathVariable UUID id, @RequestBody Comment comment, Actor actor) {
		this.editing.comment(id, (comment != null) ? comment.text() : null, actor);
	}

	record Comment(String text) {
	}

	/**
	 * Admins only: the inactivity period of this client's contacts ({@code null} for the
	 * default).
	 */
	@PutMapping("/{id}/inactivity-period")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void inactivityPeriod(@PathVariable UUID id, @RequestBody InactivityPeriod body, Actor actor) {
		this.editing.setInactivityPeriod(id, body.period(), actor);
	}

	record InactivityPeriod(Duration period) {
	}

}
