package io.guichet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads, each sending its next call as soon as the
 * previous one is answered, for a fixed time. Latencies go into one HdrHistogram per
 * thread, merged at the end.
 */
final class Load {

	/** Longest latency recorded exactly (longer ones are clamped to it). */
	private static final long MAX_NANOS = Duration.ofSeconds(60).toNanos();

	private Load() {
	}

	/** One call; answers its status (2xx counts as done), or {@link #NOTHING_LEFT}. */
	@FunctionalInterface
	interface Call {

		int call(int client, long sequence) throws Exception;

	}

	/** A call's answer when it has no more work to do: its thread stops. */
	static final int NOTHING_LEFT = -1;

	static Result run(int clients, Duration duration, Call call) {
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		AtomicLong sequence = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		AtomicLongArray perSecond = new AtomicLongArray((int) duration.toSeconds() + 120);
		List<Histogram> histograms = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Histogram histogram = new Histogram(MAX_NANOS, 3);
			histograms.add(histogram);
			int client = c;
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < deadline) {
					long begin = System.nanoTime();
					int status;
					try {
						status = call.call(client, sequence.getAndIncrement());
					}
					catch (Exception ex) {
						status = 0;
						firstError.compareAndSet(null, ex.toString());
					}
					long end = System.nanoTime();
					if (status == NOTHING_LEFT) {
						return;
					}
					if (status / 100 == 2) {
						histogram.recordValue(Math.min(end - begin, MAX_NANOS));
						int second = (int) ((end - start) / 1_000_000_000L);
						if (second < perSecond.length()) {
							perSecond.incrementAndGet(second);
						}
					}
					else {
						errors.incrementAndGet();
						firstError.compareAndSet(null, "status " + status);
					}
				}
			}, "load-" + c);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		long elapsed = System.nanoTime() - start;
		Histogram all = new Histogram(MAX_NANOS, 3);
		histograms.forEach(all::add);
		long[] timeline = new long[(int) Math.min(perSecond.length(), elapsed / 1_000_000_000L + 1)];
		for (int i = 0; i < timeline.length; i++) {
			timeline[i] = perSecond.get(i);
		}
		return new Result(clients, all.getTotalCount(), errors.get(), firstError.get(), elapsed / 1e9, all,
				timeline, Machine.load());
	}

	/** What a run did; latencies in nanoseconds. */
	record Result(int clients, long done, long errors, String firstError, double seconds, Histogram latencies,
			long[] perSecond, double load) {

		double perSecondAverage() {
			return this.done / this.seconds;
		}

		double p50Millis() {
			return this.latencies.getValueAtPercentile(50) / 1e6;
		}

		double p99Millis() {
			return this.latencies.getValueAtPercentile(99) / 1e6;
		}

	}

}
