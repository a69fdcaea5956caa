package io.guichet.config;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.guichet.common.RequestLocale;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NUL characters are refused at the door: PostgreSQL cannot store them in text, so a
 * value that H2 takes would fail on PostgreSQL with a 500. JSON strings holding one are a
 * 400 naming the field; parameters (query and form) holding one are a 400 too.
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noNulStrings() {
		return (builder) -> builder.modulesToInstall((modules) -> modules
			.add(new SimpleModule("guichet-no-nul").addDeserializer(String.class, new NoNulStringDeserializer())));
	}

	@Bean
	FilterRegistrationBean<NoNulParameterFilter> noNulParameters(MessageSource messages) {
		FilterRegistrationBean<NoNulParameterFilter> registration = new FilterRegistrationBean<>(
				new NoNulParameterFilter(messages));
		registration.setName("guichet-no-nul-parameters");
		// after the character encoding filter, before Spring Security reads any parameter
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class NoNulStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\u0000') >= 0) {
				throw InvalidFormatException.from(parser, "NUL character in a text", value, String.class);
			}
			return value;
		}

	}

	static final class NoNulParameterFilter extends OncePerRequestFilter {

		private static final ObjectMapper JSON = new ObjectMapper();

		private final MessageSource messages;

		NoNulParameterFilter(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			// multipart bodies are parsed later (and lazily): their fields are checked
			// where
			// they are read
			String type = request.getContentType();
			return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				boolean nul = parameter.getKey().indexOf('\u0000') >= 0;
				for (String value : parameter.getValue()) {
					nul = nul || value.indexOf('\u0000') >= 0;
				}
				if (nul) {
					refuse(request, response, parameter.getKey().replace('\u0000', '?'));
					return;
				}
			}
			chain.doFilter(request, response);
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
			String uri = request.getRequestURI();
			if (!uri.startsWith("/api/") && !uri.startsWith("/portal/api/")) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			String message = this.messages.getMessage("guichet.validation.single-line", null,
					RequestLocale.current(request));
			String title = this.messages.getMessage("guichet.problem.invalid.title", null,
					RequestLocale.current(request));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write(JSON.writeValueAsString(Map.of("type", "about:blank", "title", title, "status", 400, "errors",
						List.of(Map.of("field", field, "message", message)))));
		}

	}

}
