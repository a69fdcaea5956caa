package io.guichet.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: each client (remote address) has, per kind of secret (password,
 * activation link, reset link), a Bucket4j bucket of allowed failures that refills over
 * the window. An empty bucket refuses further attempts with 429 until it refills. Buckets
 * live in this node's memory (the least recently used are dropped past 100,000 clients).
 */
@Component
public class Throttle {

	public enum Kind {

		PASSWORD, ACTIVATION, RESET

	}

	private static final int MAX_CLIENTS = 100_000;

	private final int maxFailures;

	private final Duration window;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	Throttle(@Value("${guichet.throttle.max-failures:10}") int maxFailures,
			@Value("${guichet.throttle.window:PT10M}") Duration window) {
		this.maxFailures = maxFailures;
		this.window = window;
	}

	/** Refuses the attempt when this client has used up its failures. */
	public void check(Kind kind, HttpServletRequest request) {
		Bucket bucket = bucket(kind, request);
		if (bucket.getAvailableTokens() <= 0) {
			long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			throw new TooManyAttemptsException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1));
		}
	}

	/** Counts a failed attempt. */
	public void failed(Kind kind, HttpServletRequest request) {
		bucket(kind, request).tryConsume(1);
	}

	/** Forgets every client's failures (tests, or an operator after a false alarm). */
	public void clear() {
		synchronized (this.buckets) {
			this.buckets.clear();
		}
	}

	private Bucket bucket(Kind kind, HttpServletRequest request) {
		String key = kind + "|" + request.getRemoteAddr();
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key,
					(k) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.maxFailures)
							.refillGreedy(this.maxFailures, this.window)
							.build())
						.build());
		}
	}

}
