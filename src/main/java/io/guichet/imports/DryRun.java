package io.guichet.imports;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.guichet.imports.ImportLines.StoredLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dry run of an import: plans every line not planned yet, writes nothing but the
 * report.
 */
@Component
class DryRun {

	private static final Logger log = LoggerFactory.getLogger(DryRun.class);

	/** Lines planned per batch (a few queries each). */
	private static final int BATCH = 500;

	private final ImportLines lines;

	private final ImportClaims claims;

	private final LinePlanner planner;

	private final Clock clock;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	DryRun(ImportLines lines, ImportClaims claims, LinePlanner planner, Clock clock,
			PlatformTransactionManager transactions) {
		this.lines = lines;
		this.claims = claims;
		this.planner = planner;
		this.clock = clock;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
	}

	/**
	 * Plans the lines of an import this worker ({@code owner}) holds.
	 * @throws LostImport when the worker lost the import on the way
	 */
	void analyse(ImportContext context, String owner, BooleanSupplier stopping) {
		UUID id = context.importId();
		ImportProgress progress = new ImportProgress(this.claims, id, owner, this.lines.count(id, true), stopping);
		int after = 0;
		for (List<StoredLine> batch = this.lines.unplanned(id, after, BATCH); !batch.isEmpty(); batch = this.lines
			.unplanned(id, after, BATCH)) {
			List<StoredLine> next = batch;
			after = batch.get(batch.size() - 1).row();
			List<LinePlan> plans = this.reads.execute((status) -> this.planner.plan(next, context));
			this.writes.executeWithoutResult((status) -> this.lines.savePlans(id, plans));
			plans.forEach(progress::add);
			progress.beat(true);
		}
		progress.beat(true);
		if (!this.claims.finish(id, owner, ImportState.ANALYSED, this.clock.instant())) {
			throw new LostImport("taken over at the end of the dry run");
		}
		log.info("Import {}: dry run of {} rows in {} ms", id, progress.processed(), progress.elapsedMillis());
	}

}
