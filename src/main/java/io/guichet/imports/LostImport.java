package io.guichet.imports;

/** The worker no longer holds the import: it stops, the holder goes on. */
final class LostImport extends RuntimeException {

	LostImport(String message) {
		super(message, null, false, false);
	}

}
