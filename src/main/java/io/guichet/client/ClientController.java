package io.guichet.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.audit.HistoryEntry;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

@RestController
@RequestMapping("/api/clients")
class ClientController {

	private final ClientDirectory directory;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ClientController(ClientDirectory directory, AuditLog audit, ApplicationEventPublisher events) {
		this.directory = directory;
		this.audit = audit;
		this.events = events;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@Valid @RequestBody ClientForm client, Authentication user) {
		return Map.of("id", this.directory.create(client, Actor.of(user.getName())));
	}

	/**
	 * A page of the clients this user may see, by name or alias; the total is in
	 * X-Total-Count.
	 */
	@GetMapping
	ResponseEntity<List<ClientSummary>> search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication user) {
		PageResult<ClientSummary> result = this.directory.search(query, page, size, StaffViewer.of(user));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	ClientView get(@PathVariable UUID id, Authentication user) {
		return this.directory.get(id, StaffViewer.of(user));
	}

	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void update(@PathVariable UUID id, @Valid @RequestBody ClientForm client, Authentication user) {
		this.directory.update(id, client, Actor.of(user.getName()), StaffViewer.of(user));
	}

	/** Refused with 409 while the client has contacts or projects. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, Authentication user) {
		this.directory.delete(id, Actor.of(user.getName()), StaffViewer.of(user));
	}

	/** Newest first. */
	@GetMapping("/{id}/history")
	PageResult<HistoryEntry> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication user) {
		this.directory.get(id, StaffViewer.of(user));
		return this.audit.page(AuditLog.CLIENT, id, page, size);
	}

	/** A comment is a line of the client's history (Changepoint seed). */
	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	void comment(@PathVariable UUID id, @RequestBody Comment comment, Authentication user) {
		this.directory.get(id, StaffViewer.of(user));
		this.audit.comment(AuditLog.CLIENT, id, (comment != null) ? comment.text() : null, Actor.of(user.getName()));
	}

	record Comment(String text) {
	}

	/**
	 * Admins only: the inactivity period of this client's contacts ({@code null} for the
	 * default).
	 */
	@PutMapping("/{id}/inactivity-period")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void inactivityPeriod(@PathVariable UUID id, @RequestBody InactivityPeriod body, Authentication user) {
		if (!StaffViewer.of(user).admin()) {
			throw new AccessDeniedException("admins only");
		}
		Duration period = body.period();
		if (period != null && (period.isNegative() || period.isZero())) {
			throw FieldErrorsException.of("period", "guichet.client.period-positive");
		}
		if (!this.directory.setInactivityPeriod(id, period, Actor.of(user.getName()))) {
			throw new NotFoundException("client");
		}
		this.events.publishEvent(new ClientPeriodChanged(id));
	}

	record InactivityPeriod(Duration period) {
	}

}
