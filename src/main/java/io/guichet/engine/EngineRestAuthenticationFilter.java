package io.guichet.engine;

import io.guichet.staff.StaffCredentials;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * Camunda's HTTP Basic filter for {@code /engine-rest}, checking the password through
 * {@link StaffCredentials} (as the {@code /api} does) and handing the engine the groups
 * and tenants found with it, instead of querying the identity service on every call.
 */
class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

	private final StaffCredentials credentials;

	EngineRestAuthenticationFilter(StaffCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public void init(FilterConfig config) throws ServletException {
		// Camunda's filter builds the provider named in its init parameters; ours
		// replaces it
		super.init(config);
		this.authenticationProvider = new CachedBasic(this.credentials);
	}

	/**
	 * Camunda's provider (its 401 challenge), with the check of {@link StaffCredentials}.
	 */
	static final class CachedBasic extends HttpBasicAuthenticationProvider {

		private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();

		private final StaffCredentials credentials;

		CachedBasic(StaffCredentials credentials) {
			this.credentials = credentials;
		}

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			UsernamePasswordAuthenticationToken basic;
			try {
				basic = this.converter.convert(request);
			}
			catch (BadCredentialsException ex) {
				return AuthenticationResult.unsuccessful();
			}
			if (basic == null || !(basic.getCredentials() instanceof String password)) {
				return AuthenticationResult.unsuccessful();
			}
			return this.credentials.verify(basic.getName(), password).map((staff) -> {
				AuthenticationResult result = AuthenticationResult.successful(staff.userId());
				result.setGroups(staff.groups());
				result.setTenants(staff.tenants());
				return result;
			}).orElseGet(() -> AuthenticationResult.unsuccessful(basic.getName()));
		}

	}

}
