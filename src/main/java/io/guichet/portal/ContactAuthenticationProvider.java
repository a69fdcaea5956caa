package io.guichet.portal;

import java.util.List;

import io.guichet.access.AccessSummary;
import io.guichet.access.PortalSignIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Contacts sign in to /portal with the e-mail and password of an active access. The
 * principal is the access id; the only authority is CONTACT, which no staff page or API
 * accepts; the details are the session's stamp ({@link PortalSessionCheck}).
 */
class ContactAuthenticationProvider implements AuthenticationProvider {

	static final String CONTACT = "CONTACT";

	private final PortalSignIn signIn;

	ContactAuthenticationProvider(PortalSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = (authentication.getCredentials() instanceof String text) ? text : null;
		AccessSummary access = this.signIn.authenticate(authentication.getName(), password)
			.orElseThrow(() -> new BadCredentialsException("Bad credentials"));
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken
			.authenticated(access.id().toString(), null, List.of(new SimpleGrantedAuthority(CONTACT)));
		signedIn.setDetails(this.signIn.sessionStamp(access.id()).orElse(null));
		return signedIn;
	}

	/**
	 * Keeps this session signed in after its own password change: the same contact, the
	 * new stamp, a new session id; the access's other sessions end on their next request.
	 */
	static void restamp(Authentication contact, String stamp, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken restamped = UsernamePasswordAuthenticationToken
			.authenticated(contact.getName(), null, contact.getAuthorities());
		restamped.setDetails(stamp);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(restamped);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		PortalSecurityConfig.CONTEXTS.saveContext(context, request, response);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
