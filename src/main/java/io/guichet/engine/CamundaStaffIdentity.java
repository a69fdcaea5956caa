package io.guichet.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.guichet.staff.IdentityChanges;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Staff users are Camunda users: one identity for Tasklist, Cockpit and Guichet. */
@Component
class CamundaStaffIdentity implements StaffDirectory {

	/** The user-info key of the language a staff user last signed in with. */
	static final String LANGUAGE = "guichet.language";

	private final IdentityService identity;

	private final IdentityChanges changes;

	/** Users read for e-mails (name, address, language), by id; absent: no such user. */
	private final Cache<String, Optional<User>> users;

	private final Cache<String, List<StaffAddress>> groups;

	private final Cache<String, Optional<String>> languages;

	private volatile long changesSeen;

	/**
	 * @param ttl how long what was read of a user is kept, as their verified password
	 * ({@code guichet.security.staff-credentials.ttl}): a registration looks up the
	 * client's account manager and the approvers to tell; a change through this instance
	 * is seen at once ({@link IdentityChanges}), one through another instance within that
	 * time
	 */
	CamundaStaffIdentity(IdentityService identity, IdentityChanges changes,
			@Value("${guichet.security.staff-credentials.ttl:PT30S}") Duration ttl) {
		this.identity = identity;
		this.changes = changes;
		Duration kept = (ttl.isNegative() || ttl.isZero()) ? Duration.ofNanos(1) : ttl;
		this.users = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(1000).build();
		this.groups = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(100).build();
		this.languages = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(1000).build();
		this.changesSeen = changes.count();
	}

	/** Forgets what was read before a change made through this instance. */
	private void forgetIfChanged() {
		long now = this.changes.count();
		if (now != this.changesSeen) {
			this.users.invalidateAll();
			this.groups.invalidateAll();
			this.languages.invalidateAll();
			this.changesSeen = now;
		}
	}

	@Override
	public Optional<String> emailOf(String userId) {
		return find(userId).map(User::getEmail).filter((email) -> email != null && !email.isBlank());
	}

	@Override
	public Optional<StaffAddress> addressOf(String userId) {
		return find(userId).flatMap(this::address);
	}

	@Override
	public List<StaffAddress> addressesIn(String group) {
		forgetIfChanged();
		return this.groups.get(group,
				(key) -> this.identity.createUserQuery()
					.memberOfGroup(key)
					.list()
					.stream()
					.map(this::address)
					.flatMap(Optional::stream)
					.toList());
	}

	private Optional<StaffAddress> address(User user) {
		if (user.getEmail() == null || user.getEmail().isBlank()) {
			return Optional.empty();
		}
		String name = (user.getFirstName() != null && !user.getFirstName().isBlank()) ? user.getFirstName()
				: user.getId();
		Optional<String> language = this.languages.get(user.getId(),
				(id) -> Optional.ofNullable(this.identity.getUserInfo(id, LANGUAGE)));
		return Optional.of(new StaffAddress(user.getId(), name, user.getEmail(),
				language.map(Locale::forLanguageTag).orElse(null)));
	}

	/** Kept in Camunda's user info (ACT_ID_INFO), written only when it changes. */
	@Override
	public void rememberLanguage(String userId, Locale language) {
		if (language == null || language.getLanguage().isEmpty() || !exists(userId)) {
			return;
		}
		String tag = language.getLanguage();
		if (!tag.equals(this.identity.getUserInfo(userId, LANGUAGE))) {
			this.identity.setUserInfo(userId, LANGUAGE, tag);
		}
	}

	@Override
	public boolean exists(String userId) {
		return find(userId).isPresent();
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return this.identity.checkPassword(userId, password);
	}

	@Override
	public StaffMember load(String userId) {
		List<String> groups = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		List<String> tenants = this.identity.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		return new StaffMember(userId, groups, tenants);
	}

	private Optional<User> find(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		forgetIfChanged();
		return this.users.get(userId,
				(id) -> Optional.ofNullable(this.identity.createUserQuery().userId(id).singleResult()));
	}

}
