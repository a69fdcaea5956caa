package io.guichet.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a record: {@code "field: old → new"} per changed
 * component.
 */
public final class Changes {

	private Changes() {
	}

	public static <R extends Record> List<String> between(R before, R after) {
		List<String> changes = new ArrayList<>();
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			Object old = value(component, before);
			Object now = value(component, after);
			if (!Objects.equals(normalize(old), normalize(now))) {
				changes.add(component.getName() + ": " + show(old) + " → " + show(now));
			}
		}
		return changes;
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Blank and missing are the same thing to a person reading the history. */
	private static Object normalize(Object value) {
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return (value != null) ? value.toString() : null;
	}

	private static String show(Object value) {
		Object normalized = normalize(value);
		return (normalized != null) ? normalized.toString() : "—";
	}

}
