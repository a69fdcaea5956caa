package io.guichet.project;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.guichet.common.ApiExamples;
import io.guichet.common.Created;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

/**
 * Staff API for projects and the contacts assigned to them. A project with a client the
 * caller may not see answers 404 everywhere.
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects")
@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
class ProjectController {

	private static final String NOT_FOUND = "No such project, or a client of it is hidden from this user.";

	private static final String MEMBER_NOT_FOUND = "No such project, or a client of it is hidden from this user, "
			+ "or the contact is not assigned to it (or is hidden from this user).";

	private static final String CLOSED = "The project is closed: it can be read, not changed.";

	static final int MAX_PAGE_SIZE = 100;

	private final ProjectBook book;

	private final ProjectTeam team;

	ProjectController(ProjectBook book, ProjectTeam team) {
		this.book = book;
		this.team = team;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a project",
			description = "With one or more clients, exactly one of them primary (the one invoiced); the named "
					+ "contacts (submission, billing, execution) must work for one of its clients. The project "
					+ "is open.")
	@ApiResponse(responseCode = "201", description = "Created; the new project's id.")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid: no name, no or two primary clients, "
					+ "a client unknown or twice, the end before the start, or a named contact not of the clients.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	Created create(@Valid @RequestBody ProjectForm form, Actor actor) {
		return new Created(this.book.create(form, actor));
	}

	@GetMapping
	@Operation(summary = "Search projects",
			description = "The projects this user may see, open or closed, whose name contains the text, of one "
					+ "client or of all, by name, a page at a time.")
	@ApiResponse(responseCode = "400",
			description = "page is negative, size is not 1 to 100, or clientId is not a UUID.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	PageResult<ProjectSummary> search(
			@Parameter(description = "Part of the name.", example = "showroom") @RequestParam(name = "q",
					required = false) String query,
			@Parameter(description = "Only this client's projects.",
					example = ApiExamples.CLIENT_ID) @RequestParam(required = false) UUID clientId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		if (page < 0) {
			errors.add(new FieldError("page", "guichet.project.page"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			errors.add(new FieldError("size", "guichet.project.size", MAX_PAGE_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return this.book.search(query, clientId, page, size, actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a project",
			description = "With its clients, named contacts and assigned contacts; a contact hidden from this user "
					+ "is left out.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	ProjectDetails get(@PathVariable UUID id, Actor actor) {
		return this.book.get(id, actor);
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a project",
			description = "Replaces its values and clients (the same rules as creating it). A client with "
					+ "assigned contacts cannot leave it; a named contact hidden from this user and left out stays "
					+ "named.")
	@ApiResponse(responseCode = "204", description = "Changed.")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid (as for a creation), or a client "
					+ "that leaves still has assigned contacts.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = CLOSED)
	void update(@PathVariable UUID id, @Valid @RequestBody ProjectForm form, Actor actor) {
		this.book.update(id, form, actor);
	}

	@PostMapping("/{id}/closure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Close a project",
			description = "A closed project can be read but not changed, until it is reopened.")
	@ApiResponse(responseCode = "204", description = "Closed.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The project is already closed.")
	void close(@PathVariable UUID id, Actor actor) {
		this.book.close(id, actor);
	}

	/** 409 when the project is open. */
	@PostMapping("/{id}/reopening")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Reopen a closed project")
	@ApiResponse(responseCode = "204", description = "Open again.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The project is open.")
	void reopen(@PathVariable UUID id, Actor actor) {
		this.book.reopen(id, actor);
	}

	/** Open or closed, with its assignments and client links. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a project",
			description = "Open or closed, with its assignments and client links; the histories of its primary "
					+ "client and of its assigned contacts keep a line about it.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	void delete(@PathVariable UUID id, Actor actor) {
		this.book.delete(id, actor);
	}

	@PostMapping("/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign a contact to a project",
			description = "A contact of one of the project's clients, with an hourly rate and, if given, "
					+ "permissions for this project (else its portal permissions apply).")
	@ApiResponse(responseCode = "201", description = "Assigned.")
	@ApiResponse(responseCode = "400",
			description = "The contact is missing, not of the project's clients or "
					+ "hidden from this user, a permission is unknown, or the rate is not valid.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The project is closed, or the contact is already assigned.")
	void assign(@PathVariable UUID id, @Valid @RequestBody AssignmentForm form, Actor actor) {
		this.team.assign(id, form, actor);
	}

	@PutMapping("/{id}/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change an assigned contact's rate and permissions",
			description = "Both are replaced; null permissions: its portal permissions apply again.")
	@ApiResponse(responseCode = "204", description = "Changed.")
	@ApiResponse(responseCode = "400", description = "A permission is unknown, or the rate is not valid.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = MEMBER_NOT_FOUND)
	@ApiResponse(responseCode = "409", description = CLOSED)
	void change(@PathVariable UUID id, @PathVariable UUID contactId, @Valid @RequestBody AssignmentChange change,
			Actor actor) {
		this.team.change(id, contactId, change, actor);
	}

	@DeleteMapping("/{id}/contacts/{contactId}/permissions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Drop an assigned contact's project permissions",
			description = "Its portal permissions apply again in this project.")
	@ApiResponse(responseCode = "204", description = "Dropped.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = MEMBER_NOT_FOUND)
	@ApiResponse(responseCode = "409", description = CLOSED)
	void removeOverride(@PathVariable UUID id, @PathVariable UUID contactId, Actor actor) {
		this.team.removeOverride(id, contactId, actor);
	}

	@PostMapping("/{id}/contacts/{contactId}/permissions/clone")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Copy an assigned contact's project permissions to others",
			description = "The other contacts, assigned to the same project, get the same permissions there.")
	@ApiResponse(responseCode = "204", description = "Copied.")
	@ApiResponse(responseCode = "400",
			description = "contactIds is missing or empty, or names a contact not "
					+ "assigned to the project (or hidden from this user).")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = MEMBER_NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "The project is closed, or the contact has no project permissions to copy.")
	void cloneOverride(@PathVariable UUID id, @PathVariable UUID contactId, @RequestBody CloneRequest request,
			Actor actor) {
		this.team.cloneOverride(id, contactId, request.contactIds(), actor);
	}

	/** {@code notify=true}: the contact is told by e-mail that it was taken off. */
	@DeleteMapping("/{id}/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a contact off a project")
	@ApiResponse(responseCode = "204", description = "Taken off; the e-mail, if asked for, is on its way.")
	@ApiResponse(responseCode = "400", description = "An id is not a UUID, or notify is not true or false.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = MEMBER_NOT_FOUND)
	@ApiResponse(responseCode = "409", description = CLOSED)
	void unassign(@PathVariable UUID id, @PathVariable UUID contactId,
			@Parameter(description = "Tell the contact by e-mail that it was taken off.") @RequestParam(
					defaultValue = "false") boolean notify,
			Actor actor) {
		this.team.unassign(id, contactId, notify, actor);
	}

	private static Actor actor(Actor actor) {
		return actor;
	}

}
