package io.guichet.client;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.audit.Changes;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Forbidden;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to client companies, with their rules: unique names, no parent cycle, no
 * deletion while anything refers to the client, the inactivity period set by admins
 * within its limits. Every door (API, console, import) comes through here.
 */
@Service
public class ClientEditing {

	/** The longest inactivity period an admin may give a client. */
	static final Duration MAX_INACTIVITY_PERIOD = Duration.ofDays(3650);

	private final ClientRepository clients;

	private final ClientDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	private final List<ClientReferences> references;

	private final ApplicationEventPublisher events;

	ClientEditing(ClientRepository clients, ClientDirectory directory, AuditLog audit, Clock clock,
			List<ClientReferences> references, ApplicationEventPublisher events) {
		this.clients = clients;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.references = references;
		this.events = events;
	}

	@Transactional
	public UUID create(NewClient command, Actor actor) {
		return create(ClientForm.of(command), actor);
	}

	@Transactional
	public UUID create(ClientForm form, Actor actor) {
		checkName(form.name(), null);
		checkParent(form.parentId(), null, actor);
		Client client = new Client(form, this.clock.instant());
		save(client, form.name());
		this.audit.record(AuditLog.CLIENT, client.getId(), "CREATED", actor, "name=" + form.name().strip());
		return client.getId();
	}

	/** Replaces the profile; the history says which fields changed, from what to what. */
	@Transactional
	public void update(UUID id, ClientForm form, Actor actor) {
		Client client = this.directory.visible(id, actor);
		checkName(form.name(), id);
		checkParent(form.parentId(), id, actor);
		ClientForm before = client.toView().toForm();
		client.apply(form);
		save(client, form.name());
		List<String> changes = Changes.between(before, client.toView().toForm());
		if (!changes.isEmpty()) {
			this.audit.record(AuditLog.CLIENT, id, "CHANGED", actor, String.join("; ", changes));
		}
	}

	/** Refused (409) while the client still has contacts, projects or documents. */
	@Transactional
	public void delete(UUID id, Actor actor) {
		Client client = this.directory.visible(id, actor);
		for (ClientReferences references : this.references) {
			long count = references.countFor(id);
			if (count > 0) {
				throw new ConflictException(references.refusalKey(), count);
			}
		}
		if (this.clients.existsByParentId(id)) {
			throw new ConflictException("guichet.client.has-children");
		}
		this.audit.record(AuditLog.CLIENT, id, "DELETED", actor, "name=" + client.toSummary().name());
		this.clients.delete(client);
	}

	/** A comment is a line of the client's history. */
	@Transactional
	public void comment(UUID id, String text, Actor actor) {
		this.directory.visible(id, actor);
		this.audit.comment(AuditLog.CLIENT, id, text, actor);
	}

	/**
	 * Admins only: the inactivity period of this client's contacts ({@code null}: back to
	 * the default), more than nothing and at most ten years. The lifecycles of the
	 * client's active contacts are told once the change is committed.
	 */
	@Transactional
	public void setInactivityPeriod(UUID clientId, Duration period, Actor actor) {
		if (!actor.admin()) {
			throw new Forbidden("guichet.forbidden.inactivity-period", "only admins set a client's inactivity period");
		}
		Client client = this.directory.visible(clientId, actor);
		if (period != null && (period.isNegative() || period.isZero() || period.compareTo(MAX_INACTIVITY_PERIOD) > 0)) {
			throw FieldErrorsException.of("period", "guichet.client.period-range");
		}
		client.setInactivityPeriod((period != null) ? period.toString() : null);
		this.audit.record(AuditLog.CLIENT, clientId, "CHANGED", actor,
				"inactivity period=" + ((period != null) ? period : "default"));
		this.events.publishEvent(new ClientPeriodChanged(clientId));
	}

	private void checkName(String name, UUID self) {
		this.clients.findByNameKey(Client.keyOf(name))
			.filter((other) -> !other.getId().equals(self))
			.ifPresent((other) -> {
				throw new ConflictException("guichet.client.name-taken", name.strip());
			});
	}

	/** The parent must be a client this user may see, and not the client itself below. */
	private void checkParent(UUID parentId, UUID self, Actor actor) {
		if (parentId == null) {
			return;
		}
		if (!this.directory.isVisible(parentId, actor)) {
			throw FieldErrorsException.of("parentId", "guichet.contact.client-unknown");
		}
		UUID cursor = parentId;
		for (int depth = 0; cursor != null && depth < 50; depth++) {
			if (cursor.equals(self)) {
				throw FieldErrorsException.of("parentId", "guichet.client.parent-cycle");
			}
			Client ancestor = this.clients.findById(cursor)
				.orElseThrow(() -> FieldErrorsException.of("parentId", "guichet.contact.client-unknown"));
			cursor = ancestor.getParentId();
		}
	}

	private void save(Client client, String name) {
		try {
			this.clients.saveAndFlush(client);
		}
		catch (DataIntegrityViolationException ex) {
			// another request took the same name in the meantime
			throw new ConflictException("guichet.client.name-taken", name.strip());
		}
	}

}
