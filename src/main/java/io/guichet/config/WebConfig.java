package io.guichet.config;

import java.util.List;

import io.guichet.common.RequestLocale;
import io.guichet.staff.StaffActorResolver;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/**
	 * {@code ?lang=fr} or {@code ?lang=en} on any page switches and remembers the
	 * language.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new StaffActorResolver());
	}

	@Bean
	LocaleResolver localeResolver() {
		return new RequestLocale();
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(MessageSource messages) {
		return (tomcat) -> tomcat.addContextCustomizers(ProblemErrorReportValve.install(messages));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
