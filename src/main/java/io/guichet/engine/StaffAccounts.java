package io.guichet.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.guichet.common.Actor;
import io.guichet.common.Forbidden;
import io.guichet.common.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import org.springframework.stereotype.Service;

/**
 * Staff users' accounts as Camunda's lockout sees them: who is waiting out a delay after
 * wrong passwords, and an admin's way to lift it at once (a wrong password delays the
 * next sign-in by up to a minute; Guichet never lets Camunda lock an account for good).
 */
@Service
public class StaffAccounts {

	private static final int PAGE = 500;

	private final IdentityService identity;

	private final Clock clock;

	StaffAccounts(IdentityService identity, Clock clock) {
		this.identity = identity;
		this.clock = clock;
	}

	/** Every staff user, by id (admins only: the list names every account). */
	public List<StaffAccount> list(Actor actor) {
		requireAdmin(actor);
		Instant now = this.clock.instant();
		return this.identity.createUserQuery()
			.orderByUserId()
			.asc()
			.listPage(0, PAGE)
			.stream()
			.map((user) -> account(user, now))
			.toList();
	}

	/** Lifts the lockout delay and forgets the wrong passwords counted (admins only). */
	public void unlock(String userId, Actor actor) {
		requireAdmin(actor);
		if (userId == null || this.identity.createUserQuery().userId(userId).count() == 0) {
			throw new NotFoundException("user");
		}
		this.identity.unlockUser(userId);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.admin()) {
			throw new Forbidden("guichet.forbidden.admins-only", "admins only");
		}
	}

	private static StaffAccount account(User user, Instant now) {
		int attempts = 0;
		Instant lockedUntil = null;
		if (user instanceof UserEntity entity) {
			attempts = entity.getAttempts();
			if (entity.getLockExpirationTime() != null && entity.getLockExpirationTime().toInstant().isAfter(now)) {
				lockedUntil = entity.getLockExpirationTime().toInstant();
			}
		}
		String name = String.join(" ", blankToEmpty(user.getFirstName()), blankToEmpty(user.getLastName())).strip();
		return new StaffAccount(user.getId(), name, blankToEmpty(user.getEmail()), attempts, lockedUntil);
	}

	private static String blankToEmpty(String value) {
		return (value == null) ? "" : value.strip();
	}

	/**
	 * A staff user: wrong passwords counted since the last sign-in, and until when the
	 * next sign-in is refused (null: it is not).
	 */
	public record StaffAccount(String id, String name, String email, int wrongPasswords, Instant lockedUntil) {

		public boolean locked() {
			return this.lockedUntil != null;
		}

	}

}
