package io.guichet.imports;

/**
 * An import's way: the dry run (ANALYSING) writes the report (ANALYSED); the real run
 * (RUNNING) writes the valid lines (DONE). FAILED: stopped by an unexpected error.
 */
public enum ImportState {

	ANALYSING, ANALYSED, RUNNING, DONE, FAILED;

	/** A worker holds it (or will take it over). */
	boolean isBusy() {
		return this == ANALYSING || this == RUNNING;
	}

}
