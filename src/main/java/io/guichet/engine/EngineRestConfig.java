package io.guichet.engine;

import java.util.List;

import io.guichet.staff.StaffCredentials;
import io.guichet.staff.StaffDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filters in front of Camunda's REST API, its webapps and their copy of it. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfig {

	/**
	 * {@code /engine-rest} needs HTTP Basic with a Camunda user (it has no authentication
	 * by default); the password is checked as on {@code /api}.
	 */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(StaffCredentials credentials) {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EngineRestAuthenticationFilter(credentials));
		registration.setName("camunda-engine-rest-auth");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		// after Spring Security (-100), before Camunda's Jersey application
		registration.setOrder(-50);
		return registration;
	}

	/**
	 * The webapps keep to their part of the browser's session (before everything else
	 * that reads it, Spring Security included).
	 */
	@Bean
	FilterRegistrationBean<WebappSessions> webappSessions(StaffDirectory directory) {
		FilterRegistrationBean<WebappSessions> registration = new FilterRegistrationBean<>(
				new WebappSessions(directory));
		registration.setName("guichet-webapp-sessions");
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(-110);
		return registration;
	}

	/**
	 * Variables sent through the engine door are checked like a form completion (after
	 * authentication, so that anonymous callers still get the engine's 401).
	 */
	@Bean
	FilterRegistrationBean<EngineVariablesFilter> engineVariables(ProcessEngine engine, List<FormVariables> forms) {
		FilterRegistrationBean<EngineVariablesFilter> registration = new FilterRegistrationBean<>(
				new EngineVariablesFilter(((ProcessEngineImpl) engine).getProcessEngineConfiguration(), forms));
		registration.setName("guichet-engine-variables");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(-40);
		return registration;
	}

	/**
	 * Guichet's refusal of a form completion reaches the person as its sentences alone
	 * (around everything else, so that it sees the engine's final answer).
	 */
	@Bean
	FilterRegistrationBean<RefusalAnswers> engineRefusalAnswers() {
		FilterRegistrationBean<RefusalAnswers> registration = new FilterRegistrationBean<>(new RefusalAnswers());
		registration.setName("guichet-engine-refusals");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(-60);
		return registration;
	}

	/** A deployed Camunda Form in the language of whoever reads it. */
	@Bean
	FilterRegistrationBean<FormLanguage> formLanguage() {
		FilterRegistrationBean<FormLanguage> registration = new FilterRegistrationBean<>(new FormLanguage());
		registration.setName("guichet-form-language");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(-38);
		return registration;
	}

	/**
	 * A task form's variables completed with what its module reads from the domain for
	 * the person opening it (after authentication, like the check above).
	 */
	@Bean
	FilterRegistrationBean<TaskFormDataFilter> taskFormData(ProcessEngine engine, List<TaskFormData> forms) {
		FilterRegistrationBean<TaskFormDataFilter> registration = new FilterRegistrationBean<>(new TaskFormDataFilter(
				engine.getTaskService(), engine.getRuntimeService(), engine.getIdentityService(), forms));
		registration.setName("guichet-task-form-data");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(-39);
		return registration;
	}

}
