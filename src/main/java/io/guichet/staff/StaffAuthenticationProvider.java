package io.guichet.staff;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff sign in with their Camunda user (the same as in Tasklist and Cockpit); their
 * Camunda groups become authorities {@code GROUP_<id>}.
 */
@Component
public class StaffAuthenticationProvider implements AuthenticationProvider {

	private final StaffCredentials credentials;

	StaffAuthenticationProvider(StaffCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object credentials = authentication.getCredentials();
		StaffMember staff = (credentials instanceof String password)
				? this.credentials.verify(user, password).orElse(null) : null;
		if (staff == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<SimpleGrantedAuthority> authorities = staff.groups()
			.stream()
			.map(StaffGroups::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
