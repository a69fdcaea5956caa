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
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The contacts' door: {@code /portal} and nothing else. */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

	/**
	 * Where a contact's sign-in is kept in the browser's session: beside the staff's
	 * console sign-in and the Camunda webapps' one, never in their place, so that one
	 * browser may hold all three and signing in or out of one leaves the others alone.
	 */
	static final HttpSessionSecurityContextRepository CONTEXTS = contexts();

	/**
	 * The portal's CSRF token, apart from the console's (a sign-in renews only its own).
	 */
	private static final HttpSessionCsrfTokenRepository CSRF_TOKENS = csrfTokens();

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
			.securityContext((context) -> context.securityContextRepository(
					new DelegatingSecurityContextRepository(CONTEXTS, new RequestAttributeSecurityContextRepository())))
			.csrf((csrf) -> csrf.csrfTokenRepository(CSRF_TOKENS))
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
			// the session itself stays: it may hold the console's and Camunda's sign-ins
			.logout((logout) -> logout.logoutUrl("/portal/logout")
				.invalidateHttpSession(false)
				.logoutSuccessUrl("/portal/login?logout"))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PortalSessionCheck(signIn), SecurityContextHolderFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(PageHeaders.CSP))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static HttpSessionSecurityContextRepository contexts() {
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey("GUICHET_PORTAL_SECURITY_CONTEXT");
		return contexts;
	}

	private static HttpSessionCsrfTokenRepository csrfTokens() {
		HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
		tokens.setSessionAttributeName("GUICHET_PORTAL_CSRF_TOKEN");
		return tokens;
	}

}
