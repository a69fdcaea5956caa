package io.guichet.imports;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Counts and lines done so far by the worker holding an import, written now and then with
 * its proof of life. Beats use the real time, not the clock process tests move.
 */
final class ImportProgress {

	/** How often a busy worker says it is alive and shows its progress. */
	private static final long BEAT_MILLIS = 1000;

	private final ImportClaims claims;

	private final UUID id;

	private final String owner;

	private final BooleanSupplier stopping;

	private int processed;

	private Counts counts;

	private final long started = System.currentTimeMillis();

	private long lastBeat = this.started;

	/** Goes on from what an earlier worker recorded ({@code counts}). */
	ImportProgress(ImportClaims claims, UUID id, String owner, Counts counts, BooleanSupplier stopping) {
		this.claims = claims;
		this.id = id;
		this.owner = owner;
		this.stopping = stopping;
		this.processed = counts.total();
		this.counts = counts;
	}

	int processed() {
		return this.processed;
	}

	long elapsedMillis() {
		return System.currentTimeMillis() - this.started;
	}

	void add(LinePlan done) {
		this.processed++;
		this.counts = this.counts.plus(done.outcome(), done.invites());
	}

	/**
	 * Writes the progress, at once or when a beat is due.
	 * @throws LostImport when this instance stops or another worker took the import over
	 */
	void beat(boolean now) {
		if (!now && System.currentTimeMillis() - this.lastBeat < BEAT_MILLIS) {
			return;
		}
		if (this.stopping.getAsBoolean()) {
			throw new LostImport("this instance is stopping");
		}
		if (!this.claims.beat(this.id, this.owner, Instant.now(), this.processed, this.counts)) {
			throw new LostImport("another worker holds it");
		}
		this.lastBeat = System.currentTimeMillis();
	}

}
