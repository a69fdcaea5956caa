package io.guichet.portal;

import java.io.IOException;

import io.guichet.common.Throttle;
import io.guichet.common.TooManyAttemptsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a portal login from a client that has used up its failures: 429 and a clear
 * page.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final Throttle throttle;

	LoginThrottleFilter(Throttle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && "/portal/login".equals(request.getServletPath())) {
			try {
				this.throttle.check(Throttle.Kind.PASSWORD, request);
			}
			catch (TooManyAttemptsException ex) {
				request.setAttribute("retryAfterSeconds", ex.retryAfterSeconds());
				request.getRequestDispatcher("/portal/too-many").forward(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
