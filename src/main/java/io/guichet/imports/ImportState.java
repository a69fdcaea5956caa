package io.guichet.imports;

/**
 * An import's way: the dry run (ANALYSING) writes the report (ANALYSED); the real run
 * (RUNNING) writes the valid lines (DONE). FAILED: stopped by an unexpected error.
 */
public enum ImportState {

	ANALYSING, ANALYSED, RUNNING, DONE, FAILED;

}
