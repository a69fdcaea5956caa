package io.guichet.client;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.audit.Changes;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client module's façade: create, find and propose client companies. */
@Service
public class ClientDirectory {

	private static final int MAX_RESULTS = 200;

	/** Values per {@code in (…)} list: well below every database's limit. */
	private static final int IN_LIST_SIZE = 500;

	private final ClientRepository clients;

	private final AuditLog audit;

	private final Clock clock;

	private final List<ClientReferences> references;

	ClientDirectory(ClientRepository clients, AuditLog audit, Clock clock, List<ClientReferences> references) {
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.references = references;
	}

	@Transactional
	public UUID create(NewClient command, Actor actor) {
		return create(ClientForm.of(command), actor);
	}

	@Transactional
	public UUID create(ClientForm form, Actor actor) {
		checkName(form.name(), null);
		checkParent(form.parentId(), null);
		Client client = new Client(form, this.clock.instant());
		save(client, form.name());
		this.audit.record(AuditLog.CLIENT, client.getId(), "CREATED", actor, "name=" + form.name().strip());
		return client.getId();
	}

	/** Replaces the profile; the history says which fields changed, from what to what. */
	@Transactional
	public void update(UUID id, ClientForm form, Actor actor, StaffViewer viewer) {
		Client client = visible(id, viewer);
		checkName(form.name(), id);
		checkParent(form.parentId(), id);
		ClientForm before = client.toView().toForm();
		client.apply(form);
		save(client, form.name());
		List<String> changes = Changes.between(before, client.toView().toForm());
		if (!changes.isEmpty()) {
			this.audit.record(AuditLog.CLIENT, id, "CHANGED", actor, String.join("; ", changes));
		}
	}

	/** Refused (409) while the client still has contacts or projects. */
	@Transactional
	public void delete(UUID id, Actor actor, StaffViewer viewer) {
		Client client = visible(id, viewer);
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

	@Transactional(readOnly = true)
	public ClientView get(UUID id, StaffViewer viewer) {
		return visible(id, viewer).toView();
	}

	/**
	 * The clients hidden from this staff user (restricted to others); none for admins.
	 */
	@Transactional(readOnly = true)
	public List<UUID> hiddenFrom(StaffViewer viewer) {
		return viewer.admin() ? List.of() : this.clients.findHiddenFrom(viewer.name());
	}

	/** Whether this staff user may see the client (and so its contacts and projects). */
	@Transactional(readOnly = true)
	public boolean isVisible(UUID id, StaffViewer viewer) {
		return id == null
				|| this.clients.findById(id).map((c) -> c.isVisibleTo(viewer.name(), viewer.admin())).orElse(false);
	}

	@Transactional(readOnly = true)
	public PageResult<ClientSummary> search(String query, int page, int size, StaffViewer viewer) {
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_RESULTS),
				Sort.by("name"));
		String key = (query == null) ? "" : Client.keyOf(query);
		return PageResult.of(this.clients.searchVisible(key, viewer.name(), viewer.admin(), request),
				Client::toSummary);
	}

	private Client visible(UUID id, StaffViewer viewer) {
		return this.clients.findById(id)
			.filter((client) -> client.isVisibleTo(viewer.name(), viewer.admin()))
			.orElseThrow(() -> new NotFoundException("client"));
	}

	private void checkName(String name, UUID self) {
		this.clients.findByNameKey(Client.keyOf(name))
			.filter((other) -> !other.getId().equals(self))
			.ifPresent((other) -> {
				throw new ConflictException("guichet.client.name-taken", name.strip());
			});
	}

	private void checkParent(UUID parentId, UUID self) {
		if (parentId == null) {
			return;
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

	@Transactional(readOnly = true)
	public List<ClientSummary> search(String query) {
		PageRequest page = PageRequest.of(0, MAX_RESULTS);
		List<ClientRow> found = (query == null || query.isBlank()) ? this.clients.findAllRowsOrdered(page)
				: this.clients.searchRows(Client.keyOf(query), page);
		return found.stream().map(ClientRow::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ClientSummary> find(UUID id) {
		return (id != null) ? this.clients.findById(id).map(Client::toSummary) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<ClientSummary> findByName(String name) {
		return (name != null && !name.isBlank())
				? this.clients.findRowByNameKey(Client.keyOf(name)).map(ClientRow::toSummary) : Optional.empty();
	}

	/**
	 * The clients with these names (case does not matter), keyed by the lower-cased name:
	 * one query for many names (imports).
	 */
	@Transactional(readOnly = true)
	public Map<String, ClientSummary> findByNames(Collection<String> names) {
		List<String> keys = names.stream().filter((n) -> n != null && !n.isBlank()).map(Client::keyOf).toList();
		Map<String, ClientSummary> found = new HashMap<>();
		for (List<String> chunk : chunks(keys)) {
			this.clients.findByNameKeyIn(chunk)
				.stream()
				.map(Client::toSummary)
				.forEach((c) -> found.put(Client.keyOf(c.name()), c));
		}
		return found;
	}

	/** The clients with these ids, in one query for many (exports). */
	@Transactional(readOnly = true)
	public Map<UUID, ClientSummary> findAll(Collection<UUID> ids) {
		Map<UUID, ClientSummary> found = new HashMap<>();
		for (List<UUID> chunk : chunks(ids.stream().filter(Objects::nonNull).distinct().toList())) {
			this.clients.findByIdIn(chunk).forEach((c) -> found.put(c.getId(), c.toSummary()));
		}
		return found;
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += IN_LIST_SIZE) {
			chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST_SIZE)));
		}
		return chunks;
	}

	/**
	 * Overrides the inactivity period of this client's contacts (null: back to the
	 * default). Returns false when the client does not exist.
	 */
	@Transactional
	public boolean setInactivityPeriod(UUID clientId, Duration period, Actor actor) {
		Optional<Client> client = this.clients.findById(clientId);
		client.ifPresent((c) -> {
			c.setInactivityPeriod((period != null) ? period.toString() : null);
			this.audit.record(AuditLog.CLIENT, clientId, "CHANGED", actor,
					"inactivity period=" + ((period != null) ? period : "default"));
		});
		return client.isPresent();
	}

	/**
	 * The client Guichet proposes for a company name typed by a contact: same name, else
	 * same alias.
	 */
	@Transactional(readOnly = true)
	public Optional<ClientSummary> propose(String companyAsTyped) {
		if (companyAsTyped == null || companyAsTyped.isBlank()) {
			return Optional.empty();
		}
		String key = Client.keyOf(companyAsTyped);
		return this.clients.findRowByNameKey(key)
			.or(() -> this.clients.findRowsByAliasKey(key).stream().findFirst())
			.map(ClientRow::toSummary);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
