package io.guichet.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.guichet.imports.ImportLines.PendingLine;
import io.guichet.imports.ImportLines.StoredLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real run of an import: each line the dry run found valid is planned again just
 * before it is written (things may have changed), in its own transaction; then the report
 * is mailed.
 */
@Component
class RealRun {

	private static final Logger log = LoggerFactory.getLogger(RealRun.class);

	/** Lines written per batch (planned again just before). */
	private static final int BATCH = 500;

	/** Lines written per transaction, unless one fails (then one per transaction). */
	private static final int CHUNK = 50;

	private final ImportLines lines;

	private final ImportClaims claims;

	private final LinePlanner planner;

	private final LineWriter writer;

	private final ReportMail mail;

	private final Clock clock;

	private final TransactionTemplate reads;

	private final ExecutorService writers;

	RealRun(ImportLines lines, ImportClaims claims, LinePlanner planner, LineWriter writer, ReportMail mail,
			ImportSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.lines = lines;
		this.claims = claims;
		this.planner = planner;
		this.writer = writer;
		this.mail = mail;
		this.clock = clock;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		AtomicInteger threads = new AtomicInteger();
		this.writers = Executors.newFixedThreadPool(settings.workers() * settings.writers(), (task) -> {
			Thread thread = new Thread(task, "guichet-import-writer-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Writes the lines of an import this worker ({@code owner}) holds.
	 * @throws LostImport when the worker lost the import on the way
	 */
	void run(ImportContext context, String owner, BooleanSupplier stopping) {
		UUID id = context.importId();
		ImportProgress progress = new ImportProgress(this.claims, id, owner, this.lines.count(id, false), stopping);
		int after = 0;
		for (List<PendingLine> batch = this.lines.unwritten(id, after, BATCH); !batch.isEmpty(); batch = this.lines
			.unwritten(id, after, BATCH)) {
			after = batch.get(batch.size() - 1).line().row();
			List<StoredLine> valid = batch.stream()
				.filter((line) -> line.planned() != Outcome.REJECTED)
				.map(PendingLine::line)
				.toList();
			Map<Integer, LinePlan> plans = new HashMap<>();
			if (!valid.isEmpty()) {
				this.reads.execute((status) -> this.planner.plan(valid, context))
					.forEach((plan) -> plans.put(plan.row(), plan));
			}
			List<LinePlan> ordered = batch.stream()
				.map((line) -> (line.planned() == Outcome.REJECTED)
						? LinePlan.rejected(line.line().row(), line.problems()) : plans.get(line.line().row()))
				.toList();
			List<Callable<List<LinePlan>>> chunks = new ArrayList<>();
			for (int from = 0; from < ordered.size(); from += CHUNK) {
				List<LinePlan> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK));
				chunks.add(() -> this.writer.write(chunk, context));
			}
			writeAll(chunks).forEach(progress::add);
			progress.beat(false);
		}
		progress.beat(true);
		if (!this.claims.finish(id, owner, ImportState.DONE, this.clock.instant())) {
			throw new LostImport("taken over at the end of the run");
		}
		log.info("Import {}: {} rows written in {} ms", id, progress.processed(), progress.elapsedMillis());
		this.mail.send(id);
	}

	/** Once no run is under way any more: a run still writing would fail. */
	void shutdown() {
		this.writers.shutdown();
	}

	/**
	 * Writes chunks side by side (their lines have different e-mails, so they never touch
	 * the same contact): while one waits for the database, another works.
	 */
	private List<LinePlan> writeAll(List<Callable<List<LinePlan>>> chunks) {
		List<LinePlan> done = new ArrayList<>();
		try {
			for (Future<List<LinePlan>> written : this.writers.invokeAll(chunks)) {
				done.addAll(written.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LostImport("interrupted");
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		return done;
	}

}
