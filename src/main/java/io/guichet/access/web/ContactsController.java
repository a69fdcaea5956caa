package io.guichet.access.web;

import java.util.List;
import java.util.UUID;

import io.guichet.access.ContactEditing;
import io.guichet.access.ContactForm;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.NewContact;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.audit.HistoryEntry;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;
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

/** Staff API for contacts and their invitations. */
@RestController
@RequestMapping("/api/contacts")
class ContactsController {

	private final Onboarding onboarding;

	private final ContactQueries queries;

	private final ContactEditing editing;

	ContactsController(Onboarding onboarding, ContactQueries queries, ContactEditing editing) {
		this.onboarding = onboarding;
		this.queries = queries;
		this.editing = editing;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Registered create(@Valid @RequestBody NewContact request, Actor actor) {
		return this.onboarding.registerByStaff(request, actor);
	}

	@GetMapping(params = "email")
	ContactView findByEmail(@RequestParam String email, Actor actor) {
		return this.queries.findByEmail(email, actor).orElseThrow(() -> new NotFoundException("contact"));
	}

	/**
	 * A page of contacts (of one client, or of all the clients this user may see); total
	 * in X-Total-Count.
	 */
	@GetMapping
	ResponseEntity<List<ContactView>> list(@RequestParam(required = false) UUID clientId,
			@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		PageResult<ContactView> result = this.queries.list(clientId, query, page, size, actor);
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	ContactView get(@PathVariable UUID id, Actor actor) {
		return this.queries.get(id, actor);
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void update(@PathVariable UUID id, @Valid @RequestBody ContactForm form, Actor actor) {
		this.editing.update(id, form.clientId(), form.details(), actor);
	}

	/** Refused (409) while projects still name the contact; its access ends with it. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, Actor actor) {
		this.editing.delete(id, actor);
	}

	/** Newest first. */
	@GetMapping("/{id}/history")
	PageResult<HistoryEntry> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		return this.queries.history(id, page, size, actor);
	}

	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	void comment(@PathVariable UUID id, @RequestBody Comment comment, Actor actor) {
		this.editing.comment(id, (comment != null) ? comment.text() : null, actor);
	}

	record Comment(String text) {
	}

	/**
	 * Sends an invitation: the first, a new one after the cool-down, or again after the
	 * access ended.
	 */
	@PostMapping("/{id}/invitations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void invite(@PathVariable UUID id, Actor actor) {
		this.onboarding.requestInvitation(id, actor);
	}

}
