package io.guichet.portal;

import io.guichet.access.PortalSignIn;
import io.guichet.common.PageHeaders;
import io.guichet.common.Throttle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The contacts' door: {@code /portal} and nothing else. */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

	/**
	 * Contacts: their own login (e-mail and password of their portal access), their own
	 * session, and nothing but /portal. Staff credentials do not work here, nor theirs
	 * elsewhere.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain portal(HttpSecurity http, PortalSignIn signIn, Throttle throttle) throws Exception {
		ContactAuthenticationProvider contacts = new ContactAuthenticationProvider(signIn);
		http.securityMatcher("/portal/**")
			.authenticationManager(new ProviderManager(contacts))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/portal/login", "/portal/register", "/portal/password-reset/**",
						"/portal/password-reset", "/portal/too-many")
				.permitAll()
				.anyRequest()
				.hasAuthority(ContactAuthenticationProvider.CONTACT))
			.formLogin((form) -> form.loginPage("/portal/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/portal", true)
				.failureHandler((request, response, ex) -> {
					throttle.failed(Throttle.Kind.PASSWORD, request);
					response.sendRedirect(request.getContextPath() + "/portal/login?error");
				})
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PortalSessionCheck(signIn), SecurityContextHolderFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(PageHeaders.CSP))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
