package io.guichet.portal;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;

import io.guichet.access.PortalSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A portal session ends when its access leaves ACTIVE (revoked, expired) or its password
 * changes: each request of a signed-in contact compares the stamp it signed in with to
 * the access's one (one read), and an ended session goes back to the sign-in page.
 */
class PortalSessionCheck extends OncePerRequestFilter {

	private final PortalSignIn signIn;

	PortalSessionCheck(PortalSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication contact = SecurityContextHolder.getContext().getAuthentication();
		if (contact != null
				&& contact.getAuthorities()
					.stream()
					.anyMatch((authority) -> ContactAuthenticationProvider.CONTACT.equals(authority.getAuthority()))
				&& !stillValid(contact)) {
			// this sign-in only: the console's or Camunda's in the same browser stay
			SecurityContextHolder.clearContext();
			PortalSecurityConfig.CONTEXTS.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(Authentication contact) {
		try {
			UUID accessId = UUID.fromString(contact.getName());
			return this.signIn.sessionStamp(accessId)
				.map((stamp) -> Objects.equals(stamp, contact.getDetails()))
				.orElse(false);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
