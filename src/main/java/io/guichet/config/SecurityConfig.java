package io.guichet.config;

import io.guichet.common.PageHeaders;
import io.guichet.common.RequestLocale;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three doors. The REST API: stateless, HTTP Basic with a Camunda user, staff groups
 * only, except the calls open to anyone. Camunda's webapps and engine REST: guarded by
 * Camunda itself (its login, its authorizations, and HTTP Basic on {@code /engine-rest}).
 * Pages: CSRF-protected.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String[] STAFF = { StaffGroups.authority(StaffGroups.ADMIN),
			StaffGroups.authority(StaffGroups.STAFF) };

	/** Group guichet-viewer reads everything it may see, writes nothing. */
	static final String[] READERS = { StaffGroups.authority(StaffGroups.ADMIN),
			StaffGroups.authority(StaffGroups.STAFF), StaffGroups.authority(StaffGroups.VIEWER) };

	/**
	 * The real customer portal may report logins with a Camunda user of group
	 * guichet-portal.
	 */
	static final String[] STAFF_OR_PORTAL = { StaffGroups.authority(StaffGroups.ADMIN),
			StaffGroups.authority(StaffGroups.STAFF), StaffGroups.authority(StaffGroups.PORTAL) };

	/** The API documentation: staff, viewers and the real portal's user. */
	static final String[] DOC_READERS = { StaffGroups.authority(StaffGroups.ADMIN),
			StaffGroups.authority(StaffGroups.STAFF), StaffGroups.authority(StaffGroups.VIEWER),
			StaffGroups.authority(StaffGroups.PORTAL) };

	private static final String CSP = PageHeaders.CSP;

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, MessageSource messages) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/registrations", "/api/portal/authenticate")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/access/*/activity")
				.hasAnyAuthority(STAFF_OR_PORTAL)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyAuthority(READERS)
				.anyRequest()
				.hasAnyAuthority(STAFF))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> problem(response,
					HttpServletResponse.SC_UNAUTHORIZED, text(messages, request, "guichet.problem.unauthenticated"))))
			.exceptionHandling((errors) -> errors.accessDeniedHandler((request, response, ex) -> problem(response,
					HttpServletResponse.SC_FORBIDDEN, text(messages, request, "guichet.problem.forbidden.title"))));
		return http.build();
	}

	/**
	 * Camunda's webapps and engine REST API carry their own authentication and CSRF
	 * protection.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain camunda(HttpSecurity http) throws Exception {
		// path matchers, not MVC ones: these URLs are served by Camunda's servlets, not
		// by Spring MVC
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		// /camunda-welcome: the webapps' first-visit check, called before their own login
		http.securityMatcher(new OrRequestMatcher(path.matcher("/camunda/**"), path.matcher("/camunda-welcome"),
				path.matcher("/engine-rest/**"), path.matcher("/actuator/health/**"), path.matcher("/actuator/info")))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

	/**
	 * The API documentation, for staff and the real portal's Camunda user (HTTP Basic):
	 * it lists every staff call and its fields, which no anonymous visitor needs. Swagger
	 * UI needs inline styles, nothing else does.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyAuthority(DOC_READERS))
			.httpBasic((basic) -> basic.realmName("Guichet"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * The staff console: form sign-in with a Camunda user (the same identities as
	 * Tasklist).
	 */
	@Bean
	@Order(5)
	SecurityFilterChain console(HttpSecurity http, StaffDirectory staff) throws Exception {
		SimpleUrlAuthenticationSuccessHandler toClients = new SimpleUrlAuthenticationSuccessHandler("/console/clients");
		toClients.setAlwaysUseDefaultTargetUrl(true);
		http.securityMatcher("/console/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/console/login", "/console/login/too-many")
				.permitAll()
				// viewers read; every change is a POST
				.requestMatchers(HttpMethod.POST, "/console/**")
				.hasAnyAuthority(STAFF)
				.anyRequest()
				.hasAnyAuthority(READERS))
			.formLogin((form) -> form.loginPage("/console/login")
				// the language of the sign-in page: Guichet's e-mails to this user are
				// written in it
				.successHandler((request, response, authentication) -> {
					staff.rememberLanguage(authentication.getName(), RequestLocale.current(request));
					toClients.onAuthenticationSuccess(request, response, authentication);
				})
				.failureUrl("/console/login?error")
				.permitAll())
			// the session itself stays: it may hold a contact's portal sign-in and the
			// Camunda webapps' one, which are theirs to end
			.logout((logout) -> logout.logoutUrl("/console/logout")
				.invalidateHttpSession(false)
				.logoutSuccessUrl("/console/login"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(6)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/", "/activate", "/css/**", "/favicon.ico", "/error")
					.permitAll()
					// every contact's links: admins only (the embedded default's SMTP
					// server)
					.requestMatchers("/dev/mail", "/dev/mail/**")
					.hasAuthority(StaffGroups.authority(StaffGroups.ADMIN))
					.anyRequest()
					.hasAnyAuthority(STAFF))
			.httpBasic(Customizer.withDefaults())
			// error pages are rendered for requests already checked by their own chain
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/error"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * In the caller's language: these answers are written before Spring MVC sets its
	 * locale.
	 */
	private static String text(MessageSource messages, HttpServletRequest request, String key) {
		return messages.getMessage(key, null, key, RequestLocale.current(request));
	}

	private static void problem(HttpServletResponse response, int status, String title) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Guichet\"");
		}
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title.replace("\"", "'") + "\",\"status\":" + status
					+ "}");
	}

}
