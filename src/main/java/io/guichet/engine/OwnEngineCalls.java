package io.guichet.engine;

import java.util.function.Supplier;

/**
 * Marks the engine calls Guichet makes itself for its processes (messages it correlates,
 * signals it sends): the engine door refuses the same calls when they come from a person
 * over Tasklist, Cockpit or {@code /engine-rest} ({@link EngineDoorInterceptor}).
 */
public final class OwnEngineCalls {

	private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

	private OwnEngineCalls() {
	}

	public static <T> T run(Supplier<T> call) {
		boolean outer = !ACTIVE.get();
		ACTIVE.set(true);
		try {
			return call.get();
		}
		finally {
			if (outer) {
				ACTIVE.remove();
			}
		}
	}

	public static void run(Runnable call) {
		run(() -> {
			call.run();
			return null;
		});
	}

	static boolean active() {
		return ACTIVE.get();
	}

}
