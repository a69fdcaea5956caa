package io.guichet.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.imports.ImportStore.PendingLine;
import io.guichet.imports.ImportStore.StoredLine;
import io.guichet.imports.ImportStore.Uploader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background on a few threads of this instance. A worker claims an
 * import in the database and keeps saying it is alive; an import whose worker went silent
 * (the instance stopped or died) is taken over by the next sweep, on any instance, and
 * goes on from the first line not yet planned or written.
 */
@Component
class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	/** Lines planned per batch by the dry run (a few queries each). */
	private static final int PLAN_BATCH = 500;

	/** Lines written per batch by the real run (planned again just before). */
	private static final int WRITE_BATCH = 500;

	/** Lines written per transaction, unless one fails (then one per transaction). */
	private static final int WRITE_CHUNK = 50;

	/** How often a busy worker says it is alive and shows its progress. */
	private static final long BEAT_MILLIS = 1000;

	static final int REPORT_MAIL_TRIES = 5;

	private final ImportStore store;

	private final LinePlanner planner;

	private final LineWriter writer;

	private final ReportMail mail;

	private final ClientDirectory clients;

	private final ImportSettings settings;

	private final Clock clock;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	private final ThreadPoolExecutor executor;

	private final ExecutorService writers;

	private final ScheduledExecutorService sweeper;

	private volatile boolean stopping;

	ImportWorker(ImportStore store, LinePlanner planner, LineWriter writer, ReportMail mail, ClientDirectory clients,
			ImportSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.planner = planner;
		this.writer = writer;
		this.mail = mail;
		this.clients = clients;
		this.settings = settings;
		this.clock = clock;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(100), (task) -> {
					Thread thread = new Thread(task, "guichet-import-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		AtomicInteger writerThreads = new AtomicInteger();
		this.writers = Executors.newFixedThreadPool(settings.workers() * settings.writers(), (task) -> {
			Thread thread = new Thread(task, "guichet-import-writer-" + writerThreads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "guichet-import-sweep");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Hands an import to a worker of this instance; a full queue leaves it to the sweep.
	 */
	void submit(UUID id) {
		try {
			this.executor.execute(() -> work(id));
		}
		catch (RejectedExecutionException ex) {
			log.info("Import {} waits for a free worker", id);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void startSweeping() {
		long every = this.settings.sweepInterval().toMillis();
		this.sweeper.scheduleWithFixedDelay(this::sweepQuietly, 0, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Takes over imports that wait or whose worker went silent, sends the report e-mails
	 * still due, and deletes imports older than the retention.
	 */
	void sweep() {
		Instant now = realNow();
		this.store.claimable(now.minus(this.settings.staleAfter())).forEach(this::submit);
		this.store.reportsToMail(REPORT_MAIL_TRIES).forEach(this.mail::send);
		int purged = this.store.purge(this.clock.instant().minus(this.settings.retention()));
		if (purged > 0) {
			log.info("Deleted {} imports older than {}", purged, this.settings.retention());
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stop() throws InterruptedException {
		this.stopping = true;
		this.sweeper.shutdownNow();
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			this.executor.shutdownNow();
		}
		this.writers.shutdown();
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Import sweep failed, will try again: {}", ex.toString());
		}
	}

	private void work(UUID id) {
		String owner = UUID.randomUUID().toString();
		Instant now = realNow();
		if (this.stopping || !this.store.claim(id, owner, now, now.minus(this.settings.staleAfter()))) {
			return;
		}
		ImportStatus status = this.store.find(id).orElseThrow();
		try {
			ImportContext context = context(status);
			if (status.state() == ImportState.ANALYSING) {
				analyse(context, owner);
			}
			else {
				run(context, owner);
			}
		}
		catch (LostImport ex) {
			log.info("Import {} left to another worker: {}", id, ex.getMessage());
			if (this.stopping) {
				// the next sweep, here after a restart or on another instance, goes on
				// with it
				this.store.release(id, owner);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			this.store.fail(id, owner, ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant());
			this.mail.send(id);
		}
	}

	/** The dry run: plans every line, writes nothing but the report. */
	private void analyse(ImportContext context, String owner) {
		UUID id = context.importId();
		Counts counts = this.store.count(id, true);
		Progress progress = new Progress(id, owner, counts.total(), counts);
		int after = 0;
		for (List<StoredLine> batch = this.store.unplanned(id, after, PLAN_BATCH); !batch.isEmpty(); batch = this.store
			.unplanned(id, after, PLAN_BATCH)) {
			List<StoredLine> lines = batch;
			after = batch.get(batch.size() - 1).row();
			List<LinePlan> plans = this.reads.execute((status) -> this.planner.plan(lines, context));
			this.writes.executeWithoutResult((status) -> this.store.savePlans(id, plans));
			plans.forEach(progress::add);
			progress.beat(true);
		}
		progress.beat(true);
		if (!this.store.finish(id, owner, ImportState.ANALYSED, this.clock.instant())) {
			throw new LostImport("taken over at the end of the dry run");
		}
		log.info("Import {}: dry run of {} rows in {} ms", id, progress.processed, progress.elapsedMillis());
	}

	/**
	 * The real run: each line the dry run found valid is planned again just before it is
	 * written (things may have changed), in its own transaction.
	 */
	private void run(ImportContext context, String owner) {
		UUID id = context.importId();
		Counts counts = this.store.count(id, false);
		Progress progress = new Progress(id, owner, counts.total(), counts);
		int after = 0;
		for (List<PendingLine> batch = this.store.unwritten(id, after, WRITE_BATCH); !batch
			.isEmpty(); batch = this.store.unwritten(id, after, WRITE_BATCH)) {
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
			for (int from = 0; from < ordered.size(); from += WRITE_CHUNK) {
				List<LinePlan> chunk = ordered.subList(from, Math.min(ordered.size(), from + WRITE_CHUNK));
				chunks.add(() -> this.writer.write(chunk, context));
			}
			writeAll(chunks).forEach(progress::add);
			progress.beat(false);
		}
		progress.beat(true);
		if (!this.store.finish(id, owner, ImportState.DONE, this.clock.instant())) {
			throw new LostImport("taken over at the end of the run");
		}
		log.info("Import {}: {} rows written in {} ms", id, progress.processed, progress.elapsedMillis());
		this.mail.send(id);
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

	private ImportContext context(ImportStatus status) {
		Uploader uploader = this.store.uploader(status.id()).orElseThrow();
		Actor viewer = new Actor(uploader.name(), uploader.admin());
		java.util.Set<Column> columns = new HashSet<>();
		status.columns().forEach((header) -> Column.ofHeader(header).ifPresent(columns::add));
		return new ImportContext(status.id(), status.fileName(), viewer, status.createClients(), columns,
				new HashSet<>(this.clients.hiddenFrom(viewer)));
	}

	private static Instant realNow() {
		return Instant.now();
	}

	/** Counts and lines done so far, written now and then with the proof of life. */
	private final class Progress {

		private final UUID id;

		private final String owner;

		private int processed;

		private Counts counts;

		private final long started = System.currentTimeMillis();

		private long lastBeat = this.started;

		Progress(UUID id, String owner, int processed, Counts counts) {
			this.id = id;
			this.owner = owner;
			this.processed = processed;
			this.counts = counts;
		}

		long elapsedMillis() {
			return System.currentTimeMillis() - this.started;
		}

		void add(LinePlan done) {
			this.processed++;
			this.counts = this.counts.plus(done.outcome(), done.invites());
		}

		void beat(boolean now) {
			if (!now && System.currentTimeMillis() - this.lastBeat < BEAT_MILLIS) {
				return;
			}
			if (ImportWorker.this.stopping) {
				throw new LostImport("this instance is stopping");
			}
			if (!ImportWorker.this.store.beat(this.id, this.owner, realNow(), this.processed, this.counts)) {
				throw new LostImport("another worker holds it");
			}
			this.lastBeat = System.currentTimeMillis();
		}

	}

	/** This worker no longer holds the import: it stops, the holder goes on. */
	private static final class LostImport extends RuntimeException {

		LostImport(String message) {
			super(message, null, false, false);
		}

	}

}
