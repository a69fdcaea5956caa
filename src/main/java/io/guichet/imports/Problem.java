package io.guichet.imports;

import java.util.Arrays;
import java.util.List;

/**
 * Why a line is rejected, or a note about it: the column, and a message key of
 * messages*.properties with its arguments, so each reader gets it in their language.
 */
record Problem(String field, String key, List<String> args) {

	static Problem of(String field, String key, Object... args) {
		return new Problem(field, key, Arrays.stream(args).map(String::valueOf).toList());
	}

}
