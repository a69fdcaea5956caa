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
import io.guichet.common.ApiAnswers;
import io.guichet.common.ApiExamples;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
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

/** Staff API for contacts and their invitations. */
@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts")
@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
class ContactsController {

	/**
	 * The list and the search by e-mail share one path, so the API description shows them
	 * as one operation: both describe it alike, whichever springdoc keeps.
	 */
	private static final String LIST_OR_FIND = "List contacts, or find one by e-mail address";

	private static final String LIST_OR_FIND_DETAILS = "Without email: the contacts this user may see (of one "
			+ "client, or of every client), by name, a page at a time (at most 200 a page); the total is in "
			+ "X-Total-Count. With email: the one contact with this address that this user may see (the one with "
			+ "portal access first), or 404.";

	private static final String LIST_OR_FIND_ANSWER = "A page of contacts, or the one contact with this e-mail "
			+ "address.";

	private static final String TOTAL = "Without email: how many contacts match.";

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
	@Operation(summary = "Create a contact, and invite it to the portal",
			description = "With invite true, the contact's portal access is created at once in INVITED (the "
					+ "invitation e-mail leaves with the process) and accessId is set; else accessId is null. "
					+ "Besides the e-mail address, a contact needs one other channel (phone, mobile or other). "
					+ "The language defaults to the client's.")
	@ApiResponse(responseCode = "201", description = "Created.")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid, the client is unknown or hidden from "
					+ "this user, or (to invite) another contact with portal access has this e-mail address.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	Registered create(@Valid @RequestBody NewContact request, Actor actor) {
		return this.onboarding.registerByStaff(request, actor);
	}

	@GetMapping(params = "email")
	@Operation(summary = LIST_OR_FIND, description = LIST_OR_FIND_DETAILS)
	@ApiResponse(responseCode = "200", description = LIST_OR_FIND_ANSWER,
			content = @Content(schema = @Schema(oneOf = { ContactView[].class, ContactView.class })),
			headers = @Header(name = "X-Total-Count", description = TOTAL, schema = @Schema(type = "integer")))
	@ApiResponse(responseCode = "404", description = "With email: no contact this user may see has this address.")
	ContactView findByEmail(
			// the mapping requires it; "required" here would mark it so for the list too
			@Parameter(description = "An e-mail address (case does not matter): find the one contact with it.",
					example = ApiExamples.EMAIL) @RequestParam(required = false) String email,
			Actor actor) {
		return this.queries.findByEmail(email, actor).orElseThrow(() -> new NotFoundException("contact"));
	}

	/**
	 * A page of contacts (of one client, or of all the clients this user may see); total
	 * in X-Total-Count.
	 */
	@GetMapping
	@Operation(summary = LIST_OR_FIND, description = LIST_OR_FIND_DETAILS)
	@ApiResponse(responseCode = "200", description = LIST_OR_FIND_ANSWER,
			content = @Content(schema = @Schema(oneOf = { ContactView[].class, ContactView.class })),
			headers = @Header(name = "X-Total-Count", description = TOTAL, schema = @Schema(type = "integer")))
	@ApiResponse(responseCode = "400", description = "clientId is not a UUID, or page or size is not a number.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	ResponseEntity<List<ContactView>> list(
			@Parameter(description = "Only this client's contacts.",
					example = ApiExamples.CLIENT_ID) @RequestParam(required = false) UUID clientId,
			@Parameter(
					description = "Part of the name or e-mail address (or, for a contact still without a client, of the company as typed).",
					example = "bowman") @RequestParam(name = "q", required = false) String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
		PageResult<ContactView> result = this.queries.list(clientId, query, page, size, actor);
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a contact",
			description = "The contact card with its portal access (null when it has none).")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404",
			description = "No such contact, or hidden from this user (its client, or its privacy).")
	ContactView get(@PathVariable UUID id, Actor actor) {
		return this.queries.get(id, actor);
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a contact card",
			description = "Replaces the whole card (the same rules as creating it); the e-mail address of its "
					+ "portal access follows. The history records what changed.")
	@ApiResponse(responseCode = "204", description = "Changed.")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid, the client is unknown or hidden from "
					+ "this user, or another contact with portal access has this e-mail address.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
	void update(@PathVariable UUID id, @Valid @RequestBody ContactForm form, Actor actor) {
		this.editing.update(id, form.clientId(), form.details(), actor);
	}

	/** Refused (409) while projects still name the contact; its access ends with it. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a contact",
			description = "Its portal access ends with it. Refused while projects still name the contact or have "
					+ "it assigned. Its history stays.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
	@ApiResponse(responseCode = "409", description = "A project still names the contact, or has it assigned.")
	void delete(@PathVariable UUID id, Actor actor) {
		this.editing.delete(id, actor);
	}

	/** Newest first. */
	@GetMapping("/{id}/history")
	@Operation(summary = "Read a contact's history",
			description = "Newest first, a page at a time: creation, changes, invitations, access, projects, "
					+ "comments.")
	@ApiResponse(responseCode = "400", description = "The id is not a UUID, or page or size is not a number.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
	PageResult<HistoryEntry> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		return this.queries.history(id, page, size, actor);
	}

	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a contact", description = "The comment becomes a line of the contact's history.")
	@ApiResponse(responseCode = "201", description = "Recorded.")
	@ApiResponse(responseCode = "400", description = "The text is missing or longer than 2000 characters.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
	void comment(@PathVariable UUID id, @RequestBody Comment comment, Actor actor) {
		this.editing.comment(id, (comment != null) ? comment.text() : null, actor);
	}

	record Comment(@Schema(description = "At most 2000 characters.",
			example = "Prefers to be called in the morning.") String text) {
	}

	/**
	 * Sends an invitation: the first, a new one after the cool-down, or again after the
	 * access ended.
	 */
	@PostMapping("/{id}/invitations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Invite a contact to the portal",
			description = "The first invitation (role REQUESTER), a new one once the last is older than "
					+ "guichet.invitation.reinvite-after (its link replaces the old one), or a new onboarding "
					+ "after the access ended. The e-mail leaves in the background.")
	@ApiResponse(responseCode = "202", description = "The invitation is on its way.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.SPONSOR_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
	@ApiResponse(responseCode = "409",
			description = "The last invitation is too recent (retryAfter says from "
					+ "when), one is being sent, the access is active or waits for approval, the contact has no "
					+ "client, or another contact with portal access has its e-mail address.")
	void invite(@PathVariable UUID id, Actor actor) {
		this.onboarding.requestInvitation(id, actor);
	}

}
