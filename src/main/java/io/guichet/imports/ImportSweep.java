package io.guichet.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every {@code guichet.imports.sweep-interval}, on every instance: takes over the imports
 * that wait or whose worker went silent (the instance stopped or died), sends the report
 * e-mails still due, and deletes imports older than the retention.
 */
@Component
class ImportSweep {

	private static final Logger log = LoggerFactory.getLogger(ImportSweep.class);

	private final ImportWorker worker;

	private final ImportStore store;

	private final ImportClaims claims;

	private final ReportMail mail;

	private final ImportSettings settings;

	private final Clock clock;

	private final ScheduledExecutorService sweeper;

	ImportSweep(ImportWorker worker, ImportStore store, ImportClaims claims, ReportMail mail, ImportSettings settings,
			Clock clock) {
		this.worker = worker;
		this.store = store;
		this.claims = claims;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
		this.sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "guichet-import-sweep");
			thread.setDaemon(true);
			return thread;
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long every = this.settings.sweepInterval().toMillis();
		this.sweeper.scheduleWithFixedDelay(this::sweepQuietly, 0, every, TimeUnit.MILLISECONDS);
	}

	/** A worker's silence is measured in real time, not with the clock tests move. */
	void sweep() {
		Instant now = Instant.now();
		this.claims.claimable(now.minus(this.settings.staleAfter())).forEach(this.worker::submit);
		this.store.reportsToMail(ReportMail.TRIES).forEach(this.mail::send);
		int purged = this.store.purge(this.clock.instant().minus(this.settings.retention()));
		if (purged > 0) {
			log.info("Deleted {} imports older than {}", purged, this.settings.retention());
		}
	}

	/** Before the workers stop, so that it hands them nothing more. */
	@EventListener(ContextClosedEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void stop() {
		this.sweeper.shutdownNow();
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Import sweep failed, will try again: {}", ex.toString());
		}
	}

}
