package io.guichet.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.guichet.access.AccessBrief;
import io.guichet.access.ContactQueries;
import io.guichet.access.NewContact;
import io.guichet.access.Role;
import io.guichet.audit.Changes;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Patterns;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.Privacy;
import io.guichet.imports.ImportLines.StoredLine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Decides, for a batch of lines, what each will do: the clients and the contacts they
 * name are read in a few queries for the whole batch, then each line is checked with the
 * rules of {@code POST /api/contacts}. Reads only: the dry run and the real run (just
 * before writing) plan the same way.
 */
@Component
class LinePlanner {

	/** Stands for the client while a line is checked: the client is looked up apart. */
	private static final UUID SOME_CLIENT = new UUID(0L, 0L);

	private static final int MAX_CLIENT_NAME = 200;

	private final ClientDirectory clients;

	private final ContactBook contacts;

	private final ContactQueries queries;

	private final Validator validator;

	LinePlanner(ClientDirectory clients, ContactBook contacts, ContactQueries queries, Validator validator) {
		this.clients = clients;
		this.contacts = contacts;
		this.queries = queries;
		this.validator = validator;
	}

	List<LinePlan> plan(List<StoredLine> lines, ImportContext context) {
		List<LineCells> cells = lines.stream().map((line) -> new LineCells(line.row(), line.cells())).toList();
		Map<String, ClientSummary> clientsByName = this.clients
			.findByNames(cells.stream().map((c) -> c.text(Column.CLIENT)).filter(Objects::nonNull).toList());
		List<ContactCard> found = this.contacts
			.findByEmails(cells.stream().map(LineCells::emailKey).filter(Objects::nonNull).toList());
		Map<UUID, AccessBrief> accesses = this.queries.accessesOf(found.stream().map(ContactCard::id).toList());
		Map<String, ContactCard> matches = matches(found, accesses);
		Map<UUID, ClientSummary> currentClients = this.clients
			.findAll(matches.values().stream().map(ContactCard::clientId).filter(Objects::nonNull).toList());
		List<LinePlan> plans = new ArrayList<>();
		for (LineCells line : cells) {
			ContactCard match = (line.emailKey() != null) ? matches.get(line.emailKey()) : null;
			plans.add(planOne(line, context, clientsByName, match, (match != null) ? accesses.get(match.id()) : null,
					(match != null) ? currentClients.get(match.clientId()) : null));
		}
		return plans;
	}

	private LinePlan planOne(LineCells line, ImportContext context, Map<String, ClientSummary> clientsByName,
			ContactCard match, AccessBrief access, ClientSummary currentClient) {
		List<Problem> problems = new ArrayList<>();
		Role role = line.role(problems);
		Boolean invite = line.invite(problems);
		Privacy privacy = line.privacy(problems);
		String clientName = line.text(Column.CLIENT);
		ClientSummary client = null;
		String newClient = null;
		if (clientName == null) {
			problems.add(Problem.of(Column.CLIENT.header(), "guichet.validation.required"));
		}
		else {
			String key = clientName.toLowerCase(Locale.ROOT);
			client = clientsByName.get(key);
			if (client != null && context.hiddenClients().contains(client.id())) {
				client = null;
				problems.add(Problem.of(Column.CLIENT.header(), "guichet.import.client-unknown", clientName));
			}
			else if (client == null && context.createdClients().containsKey(key)) {
				client = new ClientSummary(context.createdClients().get(key), clientName, null, null, null, null, null);
			}
			else if (client == null && !clientName.matches(Patterns.SINGLE_LINE)) {
				problems.add(Problem.of(Column.CLIENT.header(), "guichet.validation.single-line"));
			}
			else if (client == null && clientName.length() > MAX_CLIENT_NAME) {
				problems.add(Problem.of(Column.CLIENT.header(), "guichet.validation.size"));
			}
			else if (client == null && context.createClients()) {
				newClient = clientName;
			}
			else if (client == null) {
				problems.add(Problem.of(Column.CLIENT.header(), "guichet.import.client-unknown", clientName));
			}
		}
		if (match != null && !maySee(match, context)) {
			problems.add(Problem.of(Column.EMAIL.header(), "guichet.import.contact-hidden"));
			return LinePlan.rejected(line.row(), problems);
		}
		String defaultLanguage = (client != null && client.language() != null) ? client.language() : null;
		var details = line.details(match, context.columns(), privacy, defaultLanguage);
		NewContact request = new NewContact(SOME_CLIENT, details.firstName(), details.lastName(), details.email(),
				details.phone(), details.mobile(), details.otherChannel(), Role.REQUESTER, details.language(), invite,
				details.salutation(), details.middleName(), details.suffix(), details.jobTitle(), details.department(),
				details.email2(), details.email3(), details.otherPhone(), details.privacy(), details.comments());
		this.validator.validate(request)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
			.forEach((v) -> problems.add(problem(v)));
		boolean invites = Boolean.TRUE.equals(invite) && access == null;
		if (invites && role == null && line.text(Column.ROLE) == null) {
			problems.add(Problem.of(Column.ROLE.header(), "guichet.import.role-required"));
		}
		if (!problems.isEmpty()) {
			return LinePlan.rejected(line.row(), distinct(problems));
		}
		List<Problem> notes = new ArrayList<>();
		if (Boolean.TRUE.equals(invite) && access != null) {
			notes.add(Problem.of(Column.INVITE.header(), "guichet.import.note.has-access", access.state()));
		}
		UUID clientId = (client != null) ? client.id() : null;
		if (match == null) {
			return new LinePlan(line.row(), Outcome.CREATE, invites, null, clientId, newClient, details, role,
					List.of(), List.of(), notes);
		}
		List<String> changes = new ArrayList<>(Changes.between(match.details(), details));
		if (clientId == null || !clientId.equals(match.clientId())) {
			changes.add("client: " + ((currentClient != null) ? currentClient.name() : "—") + " → " + clientName);
		}
		return new LinePlan(line.row(), changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE, invites, match.id(),
				clientId, newClient, details, role, changes, List.of(), notes);
	}

	/**
	 * The contact each e-mail of the batch matches: the one with portal access, else the
	 * newest (as {@code GET /api/contacts?email=} answers).
	 */
	private static Map<String, ContactCard> matches(List<ContactCard> found, Map<UUID, AccessBrief> accesses) {
		Map<String, ContactCard> matches = new HashMap<>();
		for (ContactCard card : found) {
			String key = card.email().toLowerCase(Locale.ROOT);
			ContactCard kept = matches.get(key);
			if (kept == null || (!accesses.containsKey(kept.id()) && accesses.containsKey(card.id()))) {
				matches.put(key, card);
			}
		}
		return matches;
	}

	/** A contact this staff user could not see is not theirs to change. */
	private static boolean maySee(ContactCard card, ImportContext context) {
		if (card.privacy() == Privacy.ADMINS_ONLY && !context.actor().admin()) {
			return false;
		}
		return card.clientId() == null || !context.hiddenClients().contains(card.clientId());
	}

	private static Problem problem(ConstraintViolation<?> violation) {
		String property = violation.getPropertyPath().toString();
		String field = Column.ofProperty(property).map(Column::header).orElse(property);
		String template = violation.getMessageTemplate();
		String key = (template.startsWith("{") && template.endsWith("}")) ? template.substring(1, template.length() - 1)
				: template;
		return Problem.of(field, key);
	}

	private static List<Problem> distinct(List<Problem> problems) {
		return problems.stream().distinct().toList();
	}

}
