package io.guichet.access.web;

import java.util.List;
import java.util.UUID;

import io.guichet.access.ContactEditing;
import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.audit.AuditLog;
import io.guichet.audit.HistoryEntry;
import io.guichet.client.StaffViewer;
import io.guichet.common.Actor;
import io.guichet.common.PageResult;
import io.guichet.common.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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

	private final AuditLog audit;

	ContactsController(Onboarding onboarding, ContactQueries queries, ContactEditing editing, AuditLog audit) {
		this.onboarding = onboarding;
		this.queries = queries;
		this.editing = editing;
		this.audit = audit;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Registered create(@Valid @RequestBody NewContactRequest request, Authentication user) {
		return this.onboarding.registerByStaff(request.clientId(), request.details(), request.role(), request.invited(),
				Actor.of(user.getName()), StaffViewer.of(user));
	}

	@GetMapping(params = "email")
	ContactView findByEmail(@RequestParam String email, Authentication user) {
		ContactView found = this.queries.findByEmail(email).orElseThrow(() -> new NotFoundException("contact"));
		return this.queries.get(found.id(), StaffViewer.of(user));
	}

	/**
	 * A page of contacts (of one client, or of all the clients this user may see); total
	 * in X-Total-Count.
	 */
	@GetMapping
	ResponseEntity<List<ContactView>> list(@RequestParam(required = false) UUID clientId,
			@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication user) {
		PageResult<ContactView> result = this.queries.list(clientId, query, page, size, StaffViewer.of(user));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	ContactView get(@PathVariable UUID id, Authentication user) {
		return this.queries.get(id, StaffViewer.of(user));
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void update(@PathVariable UUID id, @Valid @RequestBody ContactForm form, Authentication user) {
		this.editing.update(id, form.clientId(), form.details(), Actor.of(user.getName()), StaffViewer.of(user));
	}

	/** Refused (409) while projects still name the contact; its access ends with it. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, Authentication user) {
		this.editing.delete(id, Actor.of(user.getName()), StaffViewer.of(user));
	}

	/** Newest first. */
	@GetMapping("/{id}/history")
	PageResult<HistoryEntry> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication user) {
		this.queries.get(id, StaffViewer.of(user));
		return this.audit.page(AuditLog.CONTACT, id, page, size);
	}

	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	void comment(@PathVariable UUID id, @RequestBody Comment comment, Authentication user) {
		this.editing.comment(id, (comment != null) ? comment.text() : null, Actor.of(user.getName()),
				StaffViewer.of(user));
	}

	record Comment(String text) {
	}

	/**
	 * Sends an invitation: the first, a new one after the cool-down, or again after the
	 * access ended.
	 */
	@PostMapping("/{id}/invitations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void invite(@PathVariable UUID id, Authentication user) {
		this.queries.get(id, StaffViewer.of(user));
		this.onboarding.requestInvitation(id, Actor.of(user.getName()));
	}

}
