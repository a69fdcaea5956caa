package io.guichet.config;

import java.io.IOException;

import io.guichet.common.Throttle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Settles the throttle's held failures once a request is over, whatever answered it (a
 * controller, or Spring Security's sign-in form): attempts that did not fail get theirs
 * back.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleSettlement {

	@Bean
	FilterRegistrationBean<SettleFilter> throttleSettlementFilter(Throttle throttle) {
		FilterRegistrationBean<SettleFilter> registration = new FilterRegistrationBean<>(new SettleFilter(throttle));
		registration.setName("guichet-throttle-settlement");
		// around Spring Security, whose sign-in form answers without going further
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	static final class SettleFilter extends OncePerRequestFilter {

		private final Throttle throttle;

		SettleFilter(Throttle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.throttle.settle(request);
			}
		}

	}

}
