package io.guichet.engine;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import io.guichet.staff.StaffDirectory;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps share the browser's session with the console and the portal, and
 * keep to their part of it.
 * <ul>
 * <li>Where Camunda would end the whole session (its sign-in, against session fixation; a
 * request with a wrong CSRF token), only its own sign-in and CSRF token go and the
 * session gets a new id: a contact's portal sign-in and the staff's console sign-in in
 * the same browser stay.</li>
 * <li>A sign-in to the webapps remembers the language of the browser
 * ({@link StaffDirectory#rememberLanguage}), as the console's does.</li>
 * <li>A signed-in user who opens a webapp they may not use (an approver opening Cockpit)
 * is taken to the Welcome page, which lists the webapps they may use and lets them sign
 * out or in as someone else.</li>
 * </ul>
 */
class WebappSessions extends OncePerRequestFilter {

	private final StaffDirectory directory;

	WebappSessions(StaffDirectory directory) {
		this.directory = directory;
	}

	/** The page of a webapp: {@code /camunda/app/cockpit/default/}. */
	private static final Pattern APP_PAGE = Pattern.compile("/camunda/app/(cockpit|tasklist|admin)/([^/]+)/");

	/**
	 * The webapps' sign-in: {@code /camunda/api/admin/auth/user/default/login/tasklist}.
	 */
	private static final Pattern SIGN_IN = Pattern.compile("/camunda/api/admin/auth/user/([^/]+)/login/[^/]+");

	/** The attribute whose value Camunda locks on, else on the session. */
	private static final String MUTEX = "CAMUNDA_AUTH_TIME_SESSION_MUTEX";

	/** What the webapps keep in the session: their sign-ins and their CSRF token. */
	private static final Set<String> WEBAPP_ATTRIBUTES = Set.of("authenticatedUser", "CAMUNDA_CSRF_TOKEN");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod())) {
			Matcher page = APP_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
			if (page.matches() && !mayUse(request, page.group(1), page.group(2))) {
				response.sendRedirect(request.getContextPath() + "/camunda/app/welcome/" + page.group(2) + "/");
				return;
			}
		}
		chain.doFilter(new KeepingSession(request), response);
		if ("POST".equals(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_OK) {
			Matcher signIn = SIGN_IN.matcher(request.getRequestURI().substring(request.getContextPath().length()));
			if (signIn.matches()) {
				rememberLanguage(request, signIn.group(1));
			}
		}
	}

	private void rememberLanguage(HttpServletRequest request, String engine) {
		HttpSession session = request.getSession(false);
		Authentications signedIn = (session != null) ? AuthenticationUtil.getAuthsFromSession(session) : null;
		if (signedIn != null && signedIn.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user) {
			this.directory.rememberLanguage(user.getIdentityId(), request.getLocale());
		}
	}

	/**
	 * Whether the user signed in to the webapps may use {@code app}; true when nobody is
	 * signed in (the webapp shows its sign-in).
	 */
	private static boolean mayUse(HttpServletRequest request, String app, String engine) {
		HttpSession session = request.getSession(false);
		Authentications signedIn = (session != null) ? AuthenticationUtil.getAuthsFromSession(session) : null;
		Authentication user = (signedIn != null) ? signedIn.getAuthenticationForProcessEngine(engine) : null;
		return !(user instanceof UserAuthentication known) || known.getAuthorizedApps() == null
				|| known.isAuthorizedForApp(app);
	}

	/** A request whose session, when Camunda ends it, drops only the webapps' part. */
	private static final class KeepingSession extends HttpServletRequestWrapper {

		KeepingSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public HttpSession getSession(boolean create) {
			HttpSession session = super.getSession(create);
			return (session != null) ? new WebappPart(session, (HttpServletRequest) getRequest()) : null;
		}

	}

	/** The session as the webapps see it: {@link #invalidate()} ends their part only. */
	private record WebappPart(HttpSession session, HttpServletRequest request) implements HttpSession {

		@Override
		public void invalidate() {
			WEBAPP_ATTRIBUTES.forEach(this.session::removeAttribute);
			// as after an invalidation: whoever knew the old id knows nothing now
			this.request.changeSessionId();
		}

		@Override
		public long getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public long getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public ServletContext getServletContext() {
			return this.session.getServletContext();
		}

		@Override
		public void setMaxInactiveInterval(int interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public int getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public Object getAttribute(String name) {
			Object value = this.session.getAttribute(name);
			// Camunda locks on the session (or this attribute) to refresh its sign-in:
			// the session itself, not this request's view of it
			return (value == null && MUTEX.equals(name)) ? this.session : value;
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.session.removeAttribute(name);
		}

		@Override
		public boolean isNew() {
			return this.session.isNew();
		}

	}

}
