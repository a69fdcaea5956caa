package io.guichet.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.ContactEditing;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.ClientSummary;
import io.guichet.client.NewClient;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Language;
import io.guichet.common.NotFoundException;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one planned line in its own transaction, through the same services as the API
 * (so the history and the onboarding process are those of a staff registration): the
 * line's contact, invitation and result commit together, or none of them does.
 */
@Component
class LineWriter {

	private static final Logger log = LoggerFactory.getLogger(LineWriter.class);

	private final Onboarding onboarding;

	private final ContactEditing editing;

	private final ClientDirectory clients;

	private final ClientEditing clientEditing;

	private final AuditLog audit;

	private final ImportLines lines;

	private final TransactionTemplate transaction;

	private final EntityManager entities;

	LineWriter(Onboarding onboarding, ContactEditing editing, ClientDirectory clients, ClientEditing clientEditing,
			AuditLog audit, ImportLines lines, PlatformTransactionManager transactions, EntityManager entities) {
		this.entities = entities;
		this.onboarding = onboarding;
		this.editing = editing;
		this.clients = clients;
		this.clientEditing = clientEditing;
		this.audit = audit;
		this.lines = lines;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Writes a few lines in one transaction (far fewer commits); if any of them fails,
	 * none is kept and each is written again in its own transaction, so that every line
	 * is still all or nothing.
	 */
	List<LinePlan> write(List<LinePlan> plans, ImportContext context) {
		try {
			Map<Integer, UUID> clientIds = new HashMap<>();
			for (LinePlan plan : plans) {
				if (plan.outcome() != Outcome.REJECTED) {
					clientIds.put(plan.row(), clientOf(plan, context));
				}
			}
			return this.transaction.execute((status) -> {
				// the inserts of the lines go to the database together, a batch per
				// table,
				// and their clients are read once for all of them
				this.entities.unwrap(Session.class).setJdbcBatchSize(plans.size());
				this.clients.findAll(clientIds.values());
				List<LinePlan> done = plans.stream()
					.map((plan) -> (plan.outcome() == Outcome.REJECTED) ? plan
							: apply(plan, clientIds.get(plan.row()), context))
					.toList();
				this.lines.saveResults(context.importId(), done);
				return done;
			});
		}
		catch (RuntimeException ex) {
			log.debug("Import {}: rows {} to {} written one by one: {}", context.importId(), plans.get(0).row(),
					plans.get(plans.size() - 1).row(), ex.toString());
			return plans.stream().map((plan) -> write(plan, context)).toList();
		}
	}

	/** What was done: the plan, or the line rejected for what went wrong. */
	LinePlan write(LinePlan plan, ImportContext context) {
		if (plan.outcome() == Outcome.REJECTED) {
			return this.transaction.execute((status) -> saved(plan, context));
		}
		try {
			UUID clientId = clientOf(plan, context);
			return this.transaction.execute((status) -> saved(apply(plan, clientId, context), context));
		}
		catch (FieldErrorsException ex) {
			return rejected(plan, context,
					ex.errors()
						.stream()
						.map((e) -> new Problem(column(e.field()), e.messageKey(), args(e.args())))
						.toList());
		}
		catch (ConflictException ex) {
			return rejected(plan, context, List.of(Problem.of("row", ex.messageKey(), ex.args())));
		}
		catch (NotFoundException | DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			// the contact or its client changed since the line was planned
			log.info("Import {} row {} not written: {}", context.importId(), plan.row(), ex.toString());
			return rejected(plan, context, List.of(Problem.of("row", "guichet.import.row.changed")));
		}
	}

	private LinePlan apply(LinePlan plan, UUID clientId, ImportContext context) {
		UUID contactId = plan.contactId();
		switch (plan.outcome()) {
			case CREATE -> {
				Registered registered = this.onboarding.registerByImport(clientId, plan.details(), plan.role(),
						plan.invites(), context.actor());
				contactId = registered.id();
			}
			case UPDATE -> {
				this.editing.update(contactId, clientId, plan.details(), context.actor());
				if (plan.invites()) {
					this.onboarding.inviteImported(contactId, plan.role(), context.actor());
				}
			}
			case UNCHANGED -> {
				if (plan.invites()) {
					this.onboarding.inviteImported(contactId, plan.role(), context.actor());
				}
			}
			default -> throw new IllegalStateException("Nothing to write for " + plan.outcome());
		}
		if (plan.outcome() != Outcome.UNCHANGED || plan.invites()) {
			this.audit.record(AuditLog.CONTACT, contactId, "IMPORTED", context.actor(),
					context.fileName() + ", row " + plan.row() + " (import " + context.importId() + ")");
		}
		return plan.done(contactId);
	}

	/**
	 * The line's client; one it names that does not exist yet is created first, in a
	 * transaction of its own (once per import, whatever happens to the line).
	 */
	private UUID clientOf(LinePlan plan, ImportContext context) {
		if (plan.clientId() != null) {
			return plan.clientId();
		}
		String key = plan.newClientName().toLowerCase(Locale.ROOT);
		UUID known = context.createdClients().get(key);
		if (known != null) {
			return known;
		}
		String language = Language.SUPPORTED.contains(String.valueOf(plan.details().language()))
				? plan.details().language() : null;
		UUID id;
		try {
			id = this.clientEditing.create(new NewClient(plan.newClientName(), null, language, null, null),
					context.actor());
		}
		catch (ConflictException ex) {
			// created in the meantime (by someone else, or by another import)
			id = this.clients.findByName(plan.newClientName(), context.actor())
				.map(ClientSummary::id)
				.orElseThrow(() -> FieldErrorsException.of("clientId", "guichet.contact.client-unknown"));
		}
		context.createdClients().put(key, id);
		return id;
	}

	private LinePlan rejected(LinePlan plan, ImportContext context, List<Problem> problems) {
		LinePlan rejected = LinePlan.rejected(plan.row(), problems);
		return this.transaction.execute((status) -> saved(rejected, context));
	}

	private LinePlan saved(LinePlan done, ImportContext context) {
		this.lines.saveResults(context.importId(), List.of(done));
		return done;
	}

	/** The file's column for a field of the contact services. */
	private static String column(String field) {
		if ("clientId".equals(field)) {
			return Column.CLIENT.header();
		}
		return Column.ofProperty(field).map(Column::header).orElse(field);
	}

	private static List<String> args(Object[] args) {
		return (args != null) ? java.util.Arrays.stream(args).map(String::valueOf).toList() : List.of();
	}

}
