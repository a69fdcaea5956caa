package io.guichet.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.imports.ImportStore.Uploader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background on a few threads of this instance. A worker claims an
 * import in the database and keeps saying it is alive while it does its dry run or its
 * real run; an import whose worker went silent is taken over by the {@link ImportSweep}
 * of any instance, and goes on from the first line not yet planned or written.
 */
@Component
class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final ImportStore store;

	private final ImportClaims claims;

	private final DryRun dryRun;

	private final RealRun realRun;

	private final ReportMail mail;

	private final ClientDirectory clients;

	private final ImportSettings settings;

	private final Clock clock;

	private final ThreadPoolExecutor executor;

	private volatile boolean stopping;

	ImportWorker(ImportStore store, ImportClaims claims, DryRun dryRun, RealRun realRun, ReportMail mail,
			ClientDirectory clients, ImportSettings settings, Clock clock) {
		this.store = store;
		this.claims = claims;
		this.dryRun = dryRun;
		this.realRun = realRun;
		this.mail = mail;
		this.clients = clients;
		this.settings = settings;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(100), (task) -> {
					Thread thread = new Thread(task, "guichet-import-" + threads.incrementAndGet());
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

	@EventListener(ContextClosedEvent.class)
	void stop() throws InterruptedException {
		this.stopping = true;
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			this.executor.shutdownNow();
		}
		this.realRun.shutdown();
	}

	private void work(UUID id) {
		String owner = UUID.randomUUID().toString();
		// real time: a worker's silence is not measured with the clock tests move
		Instant now = Instant.now();
		if (this.stopping || !this.claims.claim(id, owner, now, now.minus(this.settings.staleAfter()))) {
			return;
		}
		ImportStatus status = this.store.find(id).orElseThrow();
		try {
			ImportContext context = context(status);
			if (status.state() == ImportState.ANALYSING) {
				this.dryRun.analyse(context, owner, () -> this.stopping);
			}
			else {
				this.realRun.run(context, owner, () -> this.stopping);
			}
		}
		catch (LostImport ex) {
			log.info("Import {} left to another worker: {}", id, ex.getMessage());
			if (this.stopping) {
				// the next sweep, here after a restart or on another instance, goes on
				// with it
				this.claims.release(id, owner);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			this.claims.fail(id, owner, ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant());
			this.mail.send(id);
		}
	}

	private ImportContext context(ImportStatus status) {
		Uploader uploader = this.store.uploader(status.id()).orElseThrow();
		Actor viewer = new Actor(uploader.name(), uploader.admin());
		Set<Column> columns = new HashSet<>();
		status.columns().forEach((header) -> Column.ofHeader(header).ifPresent(columns::add));
		return new ImportContext(status.id(), status.fileName(), viewer, status.createClients(), columns,
				new HashSet<>(this.clients.hiddenFrom(viewer)));
	}

}
