package io.guichet.engine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import io.guichet.staff.StaffGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At first start: the staff groups, an admin and an approver with generated passwords
 * (printed once), the Camunda authorizations of each group and the Tasklist filters the
 * modules declare ({@link TasklistEntry}). Every step checks first, so later starts
 * change nothing.
 */
@Component
class StaffBootstrap {

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final TasklistFilters filters;

	private final String adminPassword;

	private final String approverPassword;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transactions;

	private final List<TasklistEntry> tasklist;

	private final String signInHelp;

	StaffBootstrap(IdentityService identity, AuthorizationService authorizations, FilterService filters,
			TaskService tasks, TransactionTemplate transactions, List<TasklistEntry> tasklist,
			@Value("${guichet.bootstrap.admin-password:}") String adminPassword,
			@Value("${guichet.bootstrap.approver-password:}") String approverPassword,
			@Value("${guichet.base-url}") String baseUrl, @Value("${spring.mail.host:}") String mailHost) {
		this.transactions = transactions;
		this.tasklist = tasklist;
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = new TasklistFilters(filters, tasks);
		this.adminPassword = adminPassword;
		this.approverPassword = approverPassword;
		// the mail viewer exists only with the embedded mail server (no spring.mail.host)
		this.signInHelp = signInHelp(baseUrl, mailHost.isBlank());
	}

	/** Where the first staff users sign in, printed with their passwords. */
	static String signInHelp(String baseUrl, boolean mailViewer) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		StringBuilder help = new StringBuilder("  Sign in with them at:\n").append("    Guichet console     ")
			.append(base)
			.append("/console\n")
			.append("    Tasklist, Cockpit   ")
			.append(base)
			.append("/camunda/app/   (change the passwords in Camunda Admin)\n");
		if (mailViewer) {
			help.append("    mails sent (admin)  ").append(base).append("/dev/mail   (embedded mail server)\n");
		}
		return help.toString();
	}

	/**
	 * All or nothing, and once more if it fails: when several nodes start together on a
	 * new database, the one that loses the race finds everything made by the other.
	 */
	@EventListener(PostDeployEvent.class)
	void bootstrap() {
		for (int attempt = 1;; attempt++) {
			try {
				String created = this.transactions.execute((tx) -> createWhatIsMissing());
				if (created != null && !created.isEmpty()) {
					log.warn("\n\n  Guichet created its first staff users. The passwords are shown this once:{}\n{}",
							created, this.signInHelp);
				}
				return;
			}
			catch (RuntimeException ex) {
				if (attempt == 3) {
					throw ex;
				}
				log.info("Staff bootstrap raced another node ({}); looking again", ex.getMessage());
				sleepQuietly(1000L * attempt);
			}
		}
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Returns the lines that present the users it created, if any. */
	private String createWhatIsMissing() {
		group(StaffGroups.ADMIN, "Camunda administrators", "SYSTEM");
		group(StaffGroups.STAFF, "Guichet staff", "WORKFLOW");
		group(StaffGroups.APPROVERS, "Approvers", "WORKFLOW");
		group(StaffGroups.PORTAL, "Customer portal (technical users)", "WORKFLOW");
		group(StaffGroups.VIEWER, "Guichet viewers (read only)", "WORKFLOW");
		grantAdmin();
		for (TasklistEntry entry : this.tasklist) {
			grantStaff(StaffGroups.STAFF, entry);
			grantStaff(StaffGroups.APPROVERS, entry);
			String filter = this.filters.idOf(entry);
			grant(StaffGroups.APPROVERS, Resources.FILTER, filter, Permissions.READ);
			grant(StaffGroups.STAFF, Resources.FILTER, filter, Permissions.READ);
		}
		StringBuilder created = new StringBuilder();
		if (this.identity.createUserQuery().memberOfGroup(StaffGroups.ADMIN).count() == 0) {
			String password = user("admin", "Guichet", "Admin", this.adminPassword, StaffGroups.ADMIN);
			created.append("\n    admin    / ").append(password).append("   (groups camunda-admin)");
		}
		if (this.identity.createUserQuery().memberOfGroup(StaffGroups.APPROVERS).count() == 0) {
			String password = user("approver", "Guichet", "Approver", this.approverPassword, StaffGroups.APPROVERS,
					StaffGroups.STAFF);
			created.append("\n    approver / ").append(password).append("   (groups approvers, guichet-staff)");
		}
		return created.toString();
	}

	private void group(String id, String name, String type) {
		if (this.identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			this.identity.saveGroup(group);
		}
	}

	private String user(String id, String first, String last, String configured, String... groups) {
		if (this.identity.createUserQuery().userId(id).count() > 0) {
			id = id + "-" + Integer.toHexString(this.random.nextInt(0x10000));
		}
		String password = (configured != null && !configured.isBlank()) ? configured : generatePassword();
		User user = this.identity.newUser(id);
		user.setFirstName(first);
		user.setLastName(last);
		user.setEmail(id + "@guichet.local");
		user.setPassword(password);
		this.identity.saveUser(user);
		for (String group : groups) {
			this.identity.createMembership(id, group);
		}
		return (configured != null && !configured.isBlank()) ? "(the configured password)" : password;
	}

	private String generatePassword() {
		byte[] bytes = new byte[15];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** camunda-admin gets everything, as Camunda's own admin-user setting does. */
	private void grantAdmin() {
		for (Resource resource : Resources.values()) {
			grant(StaffGroups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
	}

	/**
	 * Tasklist, and starting a ContactOnboarding from its start form. Not Cockpit, not
	 * Admin.
	 */
	private void grantStaff(String group, TasklistEntry entry) {
		grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(group, Resources.PROCESS_DEFINITION, entry.processKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
		grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		boolean exists = this.authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (exists) {
			return;
		}
		Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizations.saveAuthorization(authorization);
	}

}
