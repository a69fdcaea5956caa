package io.guichet.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.guichet.common.CachedBodyRequest;
import io.guichet.common.RequestLocale;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body larger than {@code guichet.http.max-json-body} is refused with 413 before
 * anything reads it: by its declared length, or, for a body sent in chunks, once that
 * many bytes have come. One caller cannot fill the heap with a single request.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodyLimit {

	@Bean
	FilterRegistrationBean<LimitFilter> jsonBodyLimitFilter(@Value("${guichet.http.max-json-body}") DataSize limit,
			MessageSource messages) {
		FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(
				new LimitFilter(limit, messages));
		registration.setName("guichet-json-body-limit");
		// before Spring Security and every reader of the body
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	static final class LimitFilter extends OncePerRequestFilter {

		private final DataSize limit;

		private final MessageSource messages;

		LimitFilter(DataSize limit, MessageSource messages) {
			this.limit = limit;
			this.messages = messages;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return type == null || !type.toLowerCase(Locale.ROOT).contains("json");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long max = this.limit.toBytes();
			if (request.getContentLengthLong() > max) {
				refuse(request, response);
				return;
			}
			if (request.getContentLengthLong() >= 0) {
				chain.doFilter(request, response);
				return;
			}
			byte[] body = readUpTo(request.getInputStream(), max + 1);
			if (body.length > max) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new CachedBodyRequest(request, body), response);
		}

		private static byte[] readUpTo(InputStream in, long max) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			while (out.size() < max
					&& (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) > 0) {
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Locale locale = RequestLocale.current(request);
			String size = (this.limit.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0)
					? this.limit.toMegabytes() + " MB" : this.limit.toKilobytes() + " kB";
			String title = this.messages.getMessage("guichet.problem.body-too-large.title", null, locale);
			String detail = this.messages.getMessage("guichet.problem.body-too-large", new Object[] { size }, locale);
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			// the rest of the body is not read: the connection closes after the answer
			response.setHeader("Connection", "close");
			response.getWriter()
				.write("{\"type\":\"urn:guichet:problem:too-large\",\"title\":\"" + json(title) + "\",\"status\":413,"
						+ "\"detail\":\"" + json(detail) + "\",\"maxBytes\":" + this.limit.toBytes() + "}");
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}

	}

}
