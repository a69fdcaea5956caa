package io.guichet.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.audit.HistoryEntry;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client module's façade for reading: find, search and propose client companies. A
 * staff user sees a restricted client only when listed in its allowed users (admins see
 * every client); the methods without an actor are for Guichet's own work.
 */
@Service
public class ClientDirectory {

	private static final int MAX_RESULTS = 200;

	/** Values per {@code in (…)} list: well below every database's limit. */
	private static final int IN_LIST_SIZE = 500;

	private final ClientRepository clients;

	private final AuditLog audit;

	ClientDirectory(ClientRepository clients, AuditLog audit) {
		this.clients = clients;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public ClientView get(UUID id, Actor actor) {
		return visible(id, actor).toView();
	}

	/** The client's history, newest first, if this user may see the client. */
	@Transactional(readOnly = true)
	public PageResult<HistoryEntry> history(UUID id, int page, int size, Actor actor) {
		visible(id, actor);
		return this.audit.page(AuditLog.CLIENT, id, page, size);
	}

	/**
	 * The clients hidden from this staff user (restricted to others); none for admins.
	 */
	@Transactional(readOnly = true)
	public List<UUID> hiddenFrom(Actor actor) {
		return actor.admin() ? List.of() : this.clients.findHiddenFrom(actor.name());
	}

	/** Whether this staff user may see the client (and so its contacts and projects). */
	@Transactional(readOnly = true)
	public boolean isVisible(UUID id, Actor actor) {
		return id == null
				|| this.clients.findById(id).map((c) -> c.isVisibleTo(actor.name(), actor.admin())).orElse(false);
	}

	@Transactional(readOnly = true)
	public PageResult<ClientSummary> search(String query, int page, int size, Actor actor) {
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_RESULTS),
				Sort.by("name"));
		String key = (query == null) ? "" : Client.keyOf(query);
		return PageResult.of(this.clients.searchVisible(key, actor.name(), actor.admin(), request), Client::toSummary);
	}

	/**
	 * The client if this user may see it, else 404 (for the other services of the
	 * module).
	 */
	Client visible(UUID id, Actor actor) {
		return this.clients.findById(id)
			.filter((client) -> client.isVisibleTo(actor.name(), actor.admin()))
			.orElseThrow(() -> new NotFoundException("client"));
	}

	/**
	 * Clients every staff user may see (none restricted to some of them), by name or
	 * alias: what a form shown to every approver may list.
	 */
	@Transactional(readOnly = true)
	public List<ClientSummary> searchOpen(String query) {
		PageRequest page = PageRequest.of(0, MAX_RESULTS);
		List<ClientRow> found = (query == null || query.isBlank()) ? this.clients.findOpenRowsOrdered(page)
				: this.clients.searchOpenRows(Client.keyOf(query), page);
		return found.stream().map(ClientRow::toSummary).toList();
	}

	/** Whether every staff user may see this client (it lists no allowed users). */
	@Transactional(readOnly = true)
	public boolean isOpen(UUID id) {
		return id != null && this.clients.findById(id).map(Client::isOpen).orElse(false);
	}

	/** The client if this user may see it. */
	@Transactional(readOnly = true)
	public Optional<ClientSummary> visibleTo(UUID id, Actor actor) {
		return (id != null) ? this.clients.findById(id)
			.filter((client) -> client.isVisibleTo(actor.name(), actor.admin()))
			.map(Client::toSummary) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<ClientSummary> find(UUID id) {
		return (id != null) ? this.clients.findById(id).map(Client::toSummary) : Optional.empty();
	}

	/** The client of this exact name (case does not matter) if this user may see it. */
	@Transactional(readOnly = true)
	public Optional<ClientSummary> findByName(String name, Actor actor) {
		return (name != null && !name.isBlank()) ? this.clients.findByNameKey(Client.keyOf(name))
			.filter((client) -> client.isVisibleTo(actor.name(), actor.admin()))
			.map(Client::toSummary) : Optional.empty();
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
	 * The client Guichet proposes for a company name typed by a stranger, among the
	 * clients every staff user may see (a restricted client's name is never shown to
	 * every approver): the same name, else the same alias, else the most similar name or
	 * alias ({@link CompanyNames}: "Acme Industries" finds "ACME Industries SA").
	 */
	@Transactional(readOnly = true)
	public Optional<ClientSummary> propose(String companyAsTyped) {
		if (companyAsTyped == null || companyAsTyped.isBlank()) {
			return Optional.empty();
		}
		String key = Client.keyOf(companyAsTyped);
		return this.clients.findOpenRowByNameKey(key)
			.or(() -> this.clients.findOpenRowsByAliasKey(key).stream().findFirst())
			.or(() -> mostSimilar(companyAsTyped))
			.map(ClientRow::toSummary);
	}

	/**
	 * Among the open clients sharing the start of one of the typed name's most telling
	 * words, the one whose name or alias is most similar, if similar enough.
	 */
	private Optional<ClientRow> mostSimilar(String companyAsTyped) {
		Map<UUID, ClientRow> candidates = new LinkedHashMap<>();
		for (String start : CompanyNames.wordStarts(companyAsTyped)) {
			this.clients.searchOpenRows(start, PageRequest.of(0, MAX_RESULTS))
				.forEach((row) -> candidates.putIfAbsent(row.id(), row));
		}
		ClientRow best = null;
		double bestScore = CompanyNames.SIMILAR;
		for (ClientRow candidate : candidates.values()) {
			double score = Math.max(CompanyNames.similarity(companyAsTyped, candidate.name()),
					(candidate.alias() != null) ? CompanyNames.similarity(companyAsTyped, candidate.alias()) : 0);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Every client this user may see, id and name, by name: what an approver chooses from
	 * when opening a review form.
	 */
	@Transactional(readOnly = true)
	public List<ClientName> namesVisibleTo(Actor actor) {
		return this.clients.findNamesVisibleTo(actor.name(), actor.admin());
	}

}
