package io.guichet.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** Staff users are Camunda users: one identity for Tasklist, Cockpit and Guichet. */
@Component
class CamundaStaffIdentity implements StaffDirectory {

	/** The user-info key of the language a staff user last signed in with. */
	static final String LANGUAGE = "guichet.language";

	private final IdentityService identity;

	CamundaStaffIdentity(IdentityService identity) {
		this.identity = identity;
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
		return this.identity.createUserQuery()
			.memberOfGroup(group)
			.list()
			.stream()
			.map(this::address)
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<StaffAddress> address(User user) {
		if (user.getEmail() == null || user.getEmail().isBlank()) {
			return Optional.empty();
		}
		String name = (user.getFirstName() != null && !user.getFirstName().isBlank()) ? user.getFirstName()
				: user.getId();
		String language = this.identity.getUserInfo(user.getId(), LANGUAGE);
		return Optional.of(new StaffAddress(user.getId(), name, user.getEmail(),
				(language != null) ? Locale.forLanguageTag(language) : null));
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
		return Optional.ofNullable(this.identity.createUserQuery().userId(userId).singleResult());
	}

}
