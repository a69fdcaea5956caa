package io.guichet.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.common.PageResult;
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
class ProjectController {

	static final int MAX_PAGE_SIZE = 100;

	private final ProjectBook book;

	private final ProjectTeam team;

	ProjectController(ProjectBook book, ProjectTeam team) {
		this.book = book;
		this.team = team;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@Valid @RequestBody ProjectForm form, Actor actor) {
		return Map.of("id", this.book.create(form, actor));
	}

	@GetMapping
	PageResult<ProjectSummary> search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) UUID clientId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Actor actor) {
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
	ProjectDetails get(@PathVariable UUID id, Actor actor) {
		return this.book.get(id, actor);
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void update(@PathVariable UUID id, @Valid @RequestBody ProjectForm form, Actor actor) {
		this.book.update(id, form, actor);
	}

	@PostMapping("/{id}/closure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void close(@PathVariable UUID id, Actor actor) {
		this.book.close(id, actor);
	}

	/** 409 when the project is open. */
	@PostMapping("/{id}/reopening")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reopen(@PathVariable UUID id, Actor actor) {
		this.book.reopen(id, actor);
	}

	/** Open or closed, with its assignments and client links. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, Actor actor) {
		this.book.delete(id, actor);
	}

	@PostMapping("/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	void assign(@PathVariable UUID id, @Valid @RequestBody AssignmentForm form, Actor actor) {
		this.team.assign(id, form, actor);
	}

	@PutMapping("/{id}/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void change(@PathVariable UUID id, @PathVariable UUID contactId, @Valid @RequestBody AssignmentChange change,
			Actor actor) {
		this.team.change(id, contactId, change, actor);
	}

	@DeleteMapping("/{id}/contacts/{contactId}/permissions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeOverride(@PathVariable UUID id, @PathVariable UUID contactId, Actor actor) {
		this.team.removeOverride(id, contactId, actor);
	}

	@PostMapping("/{id}/contacts/{contactId}/permissions/clone")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cloneOverride(@PathVariable UUID id, @PathVariable UUID contactId, @RequestBody CloneRequest request,
			Actor actor) {
		this.team.cloneOverride(id, contactId, request.contactIds(), actor);
	}

	/** {@code notify=true}: the contact is told by e-mail that it was taken off. */
	@DeleteMapping("/{id}/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unassign(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "false") boolean notify, Actor actor) {
		this.team.unassign(id, contactId, notify, actor);
	}

	private static Actor actor(Actor actor) {
		return actor;
	}

}
