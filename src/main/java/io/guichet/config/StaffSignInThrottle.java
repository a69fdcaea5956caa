package io.guichet.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.guichet.common.RequestLocale;
import io.guichet.common.Throttle;
import io.guichet.common.TooManyAttemptsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wrong staff passwords are throttled per client address before they reach Camunda,
 * whichever door they come through: HTTP Basic ({@code /api}, {@code /engine-rest}, the
 * pages), the console's sign-in form and the sign-in of Camunda's webapps. Past
 * {@code guichet.security.staff-sign-in.max-failures} in the window, the attempt is
 * answered 429 with {@code Retry-After} and Camunda never sees the password, so its
 * lockout counter does not move: a stranger cannot lock a staff account by guessing from
 * one address, and Camunda's own delay (at most a minute, never a permanent lock: see
 * {@code application.yml}) is all that a wrong guess that gets through costs the account.
 *
 * <p>
 * An attempt fails when its answer says so: 401 (HTTP Basic, Camunda's sign-in) or the
 * console's sign-in page again with an error. A success gives its held failure back. The
 * same HTTP Basic credentials in parallel from one address are one attempt (an
 * integration calling the API from several threads is not a guesser).
 */
@Configuration(proxyBeanMethods = false)
class StaffSignInThrottle {

	/** The sign-in call of Camunda's webapps (Tasklist, Cockpit, Admin). */
	private static final String CAMUNDA_LOGIN = "/camunda/api/admin/auth/user/";

	private static final String CONSOLE_LOGIN = "/console/login";

	@Bean
	FilterRegistrationBean<Filter> staffSignInThrottleFilter(Throttle throttle, MessageSource messages) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(throttle, messages));
		registration.setName("guichet-staff-sign-in-throttle");
		// inside the settlement (which gives back what a success held), before Spring
		// Security and Camunda's filters
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final Throttle throttle;

		private final MessageSource messages;

		/** HTTP Basic credentials being checked now, by address: how many requests. */
		private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

		Filter(Throttle throttle, MessageSource messages) {
			this.throttle = throttle;
			this.messages = messages;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Door door = door(request);
			if (door == null) {
				chain.doFilter(request, response);
				return;
			}
			// the same HTTP Basic credentials sent in parallel from one address are one
			// guess: only the first holds (and, if wrong, spends) a failure, so that a
			// client sending many calls at once is not taken for a guesser
			String guess = (door == Door.BASIC) ? guess(request) : null;
			boolean first = guess == null || this.inFlight.merge(guess, 1, Integer::sum) == 1;
			try {
				if (first) {
					try {
						this.throttle.check(Throttle.Kind.STAFF_SIGN_IN, request);
					}
					catch (TooManyAttemptsException ex) {
						refuse(door, request, response, ex.retryAfterSeconds());
						return;
					}
				}
				chain.doFilter(request, response);
				if (first && failed(door, response)) {
					this.throttle.failed(Throttle.Kind.STAFF_SIGN_IN, request);
				}
			}
			finally {
				if (guess != null) {
					this.inFlight.computeIfPresent(guess, (key, count) -> (count > 1) ? count - 1 : null);
				}
			}
		}

		/**
		 * The address and a digest of the credentials (never the credentials themselves).
		 */
		private static String guess(HttpServletRequest request) {
			byte[] credentials = request.getHeader(HttpHeaders.AUTHORIZATION).getBytes(StandardCharsets.UTF_8);
			try {
				return request.getRemoteAddr() + "|"
						+ HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(credentials));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

		/** Which sign-in this request is, if it carries a staff password. */
		private static Door door(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if ("POST".equals(request.getMethod())) {
				if (CONSOLE_LOGIN.equals(path)) {
					return Door.CONSOLE;
				}
				if (path.startsWith(CAMUNDA_LOGIN) && path.contains("/login/")) {
					return Door.CAMUNDA;
				}
			}
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
				return Door.BASIC;
			}
			return null;
		}

		private static boolean failed(Door door, HttpServletResponse response) {
			if (door == Door.CONSOLE) {
				String location = response.getHeader(HttpHeaders.LOCATION);
				return location != null && location.endsWith(CONSOLE_LOGIN + "?error");
			}
			return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
		}

		private void refuse(Door door, HttpServletRequest request, HttpServletResponse response, long seconds)
				throws ServletException, IOException {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			if (door == Door.CONSOLE) {
				// the sign-in page again, with the wait
				request.setAttribute("retryAfterSeconds", seconds);
				request.getRequestDispatcher(CONSOLE_LOGIN + "/too-many").forward(request, response);
				return;
			}
			String title = text(request, "guichet.problem.too-many.title");
			String detail = text(request, "guichet.problem.staff-too-many", (seconds + 59) / 60);
			response.setStatus(429);
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":429,\"detail\":\""
						+ json(detail) + "\",\"retryAfter\":" + seconds + "}");
		}

		private String text(HttpServletRequest request, String key, Object... args) {
			return this.messages.getMessage(key, args, key, RequestLocale.current(request));
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}

	}

	private enum Door {

		BASIC, CONSOLE, CAMUNDA

	}

}
