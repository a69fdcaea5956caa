package io.guichet.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat refuses a multipart file name holding a NUL with a runtime exception, thrown
 * from whichever code reads a parameter first (Spring Security's CSRF check, a
 * controller). It is the sender's mistake: a 400 through the error page (problem details
 * for the API), not an ERROR with a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableUploads {

	@Bean
	FilterRegistrationBean<UnreadableUploadFilter> unreadableUploadFilter() {
		FilterRegistrationBean<UnreadableUploadFilter> registration = new FilterRegistrationBean<>(
				new UnreadableUploadFilter());
		registration.setName("guichet-unreadable-uploads");
		// around everything that may read a parameter
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	static final class UnreadableUploadFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (RuntimeException | ServletException ex) {
				if (!unreadableFileName(ex) || response.isCommitted()) {
					throw ex;
				}
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		}

		private static boolean unreadableFileName(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidFileNameException) {
					return true;
				}
			}
			return false;
		}

	}

}
