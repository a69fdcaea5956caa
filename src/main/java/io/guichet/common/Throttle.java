package io.guichet.common;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing and flooding: each client (remote address, the proxy's
 * {@code X-Forwarded-For} when it is a trusted one) has, per kind, a Bucket4j bucket that
 * refills over its window. Secrets (a contact's password, activation and reset links, a
 * staff password) spend it on each failure; requests that cost someone else work (a
 * self-registration, a reset request) spend it on each request. An empty bucket refuses
 * with 429 until it refills. Buckets live in this node's memory (the least recently used
 * are dropped past 100,000).
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

		/** A contact's password (portal sign-in, {@code /api/portal/authenticate}). */
		PASSWORD,
		/** An activation link. */
		ACTIVATION,
		/** A password-reset link. */
		RESET,
		/**
		 * A staff password (HTTP Basic, the console's and Camunda's sign-in), before
		 * Camunda's lockout counts it.
		 */
		STAFF_SIGN_IN,
		/** A self-registration (each one is a review task for an approver). */
		REGISTRATION,
		/** A password-reset request (each one may be an e-mail). */
		RESET_REQUEST

	}

	private static final int MAX_CLIENTS = 100_000;

	private final Map<Kind, Budget> budgets = new EnumMap<>(Kind.class);

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	Throttle(@Value("${guichet.throttle.max-failures:10}") int maxFailures,
			@Value("${guichet.throttle.window:PT10M}") Duration window,
			@Value("${guichet.security.staff-sign-in.max-failures:5}") int staffFailures,
			@Value("${guichet.security.staff-sign-in.window:PT15M}") Duration staffWindow,
			@Value("${guichet.throttle.registrations.per-address:10}") int registrations,
			@Value("${guichet.throttle.registrations.window:PT1H}") Duration registrationsWindow,
			@Value("${guichet.throttle.reset-requests.per-address:5}") int resetRequests,
			@Value("${guichet.throttle.reset-requests.window:PT1H}") Duration resetRequestsWindow) {
		Budget secrets = new Budget(maxFailures, window);
		this.budgets.put(Kind.PASSWORD, secrets);
		this.budgets.put(Kind.ACTIVATION, secrets);
		this.budgets.put(Kind.RESET, secrets);
		this.budgets.put(Kind.STAFF_SIGN_IN, new Budget(staffFailures, staffWindow));
		this.budgets.put(Kind.REGISTRATION, new Budget(registrations, registrationsWindow));
		this.budgets.put(Kind.RESET_REQUEST, new Budget(resetRequests, resetRequestsWindow));
	}

	/** The window over which a kind's bucket refills. */
	public Duration window(Kind kind) {
		return this.budgets.get(kind).window();
	}

	/**
	 * Spends one request of this client's budget (a registration, a reset request), or
	 * refuses it when the budget is used up.
	 */
	public void spend(Kind kind, HttpServletRequest request) {
		take(bucket(kind, request));
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
		take(bucket);
		request.setAttribute(held(kind), bucket);
	}

	private static void take(Bucket bucket) {
		if (!bucket.tryConsume(1)) {
			long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			throw new TooManyAttemptsException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1));
		}
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
		Budget budget = this.budgets.get(kind);
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key,
					(k) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(budget.size())
							.refillGreedy(budget.size(), budget.window())
							.build())
						.build());
		}
	}

	/** So many attempts per client, refilled over the window. */
	private record Budget(int size, Duration window) {

		Budget {
			if (size < 1 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("A throttle needs at least 1 attempt over a positive window");
			}
		}

	}

}
