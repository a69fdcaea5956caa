package io.guichet.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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

	@Bean
	LocaleResolver localeResolver() {
		return new RequestLocale();
	}

	/**
	 * E-mails sent from web requests in the background (password reset), apart from the
	 * job executor.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(MessageSource messages) {
		return (tomcat) -> tomcat.addContextCustomizers(ProblemErrorReportValve.install(messages));
	}

	@Bean
	ThreadPoolTaskExecutor mailExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("guichet-mail-");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(4);
		executor.setQueueCapacity(1000);
		return executor;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Guichet's clock follows the engine's, so that process tests that move the engine's
	 * time move token lifespans and cool-downs with it.
	 */
	@Bean
	Clock clock() {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneId.systemDefault();
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.fixed(instant(), zone);
			}

			@Override
			public Instant instant() {
				return ClockUtil.getCurrentTime().toInstant();
			}

		};
	}

}
