package io.guichet.engine;

import io.guichet.common.Actor;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * A staff user signed in to the console goes to Tasklist, Cockpit or Admin without
 * signing in again: the console's sign-in is handed to the webapps in the same browser
 * session, as Camunda's own sign-in would leave it (the user's groups, tenants and the
 * webapps they may use). Signing out of either leaves the other signed in.
 */
@Service
public class WebappsSignIn {

	private static final Logger log = LoggerFactory.getLogger(WebappsSignIn.class);

	private final ProcessEngine engine;

	WebappsSignIn(ProcessEngine engine) {
		this.engine = engine;
	}

	/**
	 * Signs {@code actor} in to the webapps of this session, unless they are already;
	 * another user signed in to them there is replaced.
	 */
	public void signIn(Actor actor, HttpSession session) {
		Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
		if (signedIn.getAuthenticationForProcessEngine(this.engine.getName()) instanceof UserAuthentication user
				&& actor.name().equals(user.getIdentityId())) {
			return;
		}
		UserAuthentication user = AuthenticationUtil.createAuthentication(this.engine, actor.name());
		if (user == null) {
			return;
		}
		signedIn.addOrReplace(user);
		AuthenticationUtil.updateSession(session, signedIn);
		log.info("{} signed in to the Camunda webapps from the console", actor.name());
	}

}
