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
 *
 * <p>
 * {@link #check} takes one failure from the bucket before the secret is checked, so that
 * guesses sent in parallel cannot all be checked against the same last failure left; at
 * the end of the request {@link #settle} gives it back unless the attempt
 * {@link #failed}.
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

	/**
	 * Refuses the attempt when this client has used up its failures; otherwise holds one
	 * failure for it until the request is {@linkplain #settle settled}.
	 */
	public void check(Kind kind, HttpServletRequest request) {
		if (request.getAttribute(held(kind)) != null) {
			return;
		}
		Bucket bucket = bucket(kind, request);
		if (!bucket.tryConsume(1)) {
			long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			throw new TooManyAttemptsException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1));
		}
		request.setAttribute(held(kind), bucket);
	}

	/** Counts a failed attempt: the failure held by {@link #check} is kept. */
	public void failed(Kind kind, HttpServletRequest request) {
		if (request.getAttribute(held(kind)) != null) {
			request.removeAttribute(held(kind));
		}
		else {
			bucket(kind, request).tryConsume(1);
		}
	}

	/**
	 * Gives back the failures held for attempts of this request that did not fail (called
	 * once the request is over).
	 */
	public void settle(HttpServletRequest request) {
		for (Kind kind : Kind.values()) {
			if (request.getAttribute(held(kind)) instanceof Bucket bucket) {
				request.removeAttribute(held(kind));
				bucket.addTokens(1);
			}
		}
	}

	/** Forgets every client's failures (tests, or an operator after a false alarm). */
	public void clear() {
		synchronized (this.buckets) {
			this.buckets.clear();
		}
	}

	private static String held(Kind kind) {
		return Throttle.class.getName() + ".held." + kind;
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
