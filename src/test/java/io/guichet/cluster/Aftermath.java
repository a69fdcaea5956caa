package io.guichet.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.guichet.cluster.CrashLoad.Approval;
import io.guichet.cluster.Mails.Received;
import io.guichet.support.Http;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * What the crash test finds in the database and the mailbox once the node is up again and
 * its job executor drained, set against what the clients were told.
 */
final class Aftermath {

	/** One row per portal access, with what the engine holds for it. */
	private static final String ACCESSES = """
			select a.id, a.email_key, a.state, a.invitations_sent,
			  (select count(*) from act_hi_procinst p where p.business_key_ = a.id::text
			     and p.proc_def_key_ = 'ContactOnboarding'),
			  (select count(*) from act_ru_execution e where e.business_key_ = a.id::text and e.id_ = e.proc_inst_id_
			     and e.proc_def_id_ like 'ContactOnboarding:%'),
			  (select max(p.end_act_id_) from act_hi_procinst p where p.business_key_ = a.id::text
			     and p.proc_def_key_ = 'ContactOnboarding'),
			  (select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
			     where e.business_key_ = a.id::text and t.task_def_key_ = 'Task_ReviewRegistration'),
			  (select count(*) from act_ru_event_subscr s join act_ru_execution e on e.id_ = s.proc_inst_id_
			     where e.business_key_ = a.id::text and s.event_name_ = 'Message_AccessActivated'),
			  (select count(*) from act_ru_execution e where e.business_key_ = a.id::text and e.id_ = e.proc_inst_id_
			     and e.proc_def_id_ like 'AccessLifecycle:%'),
			  (select count(*) from access_token t where t.access_id = a.id and t.purpose = 'ACTIVATION'
			     and t.used_at is null and t.superseded_at is null and t.expires_at > now())
			from portal_access a""";

	private final ClusterDatabase database;

	private final CrashLoad load;

	private final String clientName;

	private final List<MimeMessage> messages;

	private final Map<String, Access> byEmail = new HashMap<>();

	private final Map<String, Access> byId = new HashMap<>();

	private final Map<String, String> accessOfInstance = new HashMap<>();

	private final List<String> lostRegistrations = new ArrayList<>();

	private final List<String> lostApprovals = new ArrayList<>();

	private final List<String> lostActivations = new ArrayList<>();

	private final List<String> inconsistent = new ArrayList<>();

	private final List<String> stuck = new ArrayList<>();

	private final List<String> liveTokens = new ArrayList<>();

	private final List<String> deadLinks = new ArrayList<>();

	private final Mails expectedMails = new Mails();

	private int expectedInvitations;

	private int expectedRejections;

	Aftermath(ClusterDatabase database, CrashLoad load, String clientName, List<MimeMessage> messages) {
		this.database = database;
		this.load = load;
		this.clientName = clientName;
		this.messages = messages;
	}

	void check() {
		for (List<String> row : this.database.rows(ACCESSES)) {
			Access access = new Access(row.get(0), row.get(1), row.get(2), number(row, 3), number(row, 4),
					number(row, 5), row.get(6), number(row, 7), number(row, 8), number(row, 9), number(row, 10));
			this.byEmail.put(access.email(), access);
			this.byId.put(access.id(), access);
			checkConsistent(access);
			expectMails(access);
		}
		for (List<String> row : this.database
			.rows("select id_, business_key_ from act_hi_procinst" + " where proc_def_key_ = 'ContactOnboarding'")) {
			this.accessOfInstance.put(row.get(0), row.get(1));
		}
		this.load.registrations.forEach((email, outcome) -> {
			if (outcome.accepted() && !this.byEmail.containsKey(email)) {
				this.lostRegistrations.add(email);
			}
		});
		this.load.approvals.forEach((task, approval) -> {
			if (approval.outcome().accepted() && !movedOn(approval)) {
				this.lostApprovals.add("task " + task + " " + approval + ": access "
						+ this.byId.get(this.accessOfInstance.get(approval.processInstanceId())));
			}
		});
		this.load.activations.forEach((email, outcome) -> {
			Access access = this.byEmail.get(email);
			if (outcome.accepted()
					&& (access == null || !"ACTIVE".equals(access.state()) || access.lifecycles() != 1)) {
				this.lostActivations.add(email + ": " + access);
			}
		});
		this.stuck.addAll(this.database.column("""
				select e.proc_def_id_ || ' ' || e.id_ || ' (business key ' || coalesce(e.business_key_, '-') || ')'
				from act_ru_execution e where e.id_ = e.proc_inst_id_
				  and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.id_)
				  and not exists (select 1 from act_ru_job j where j.process_instance_id_ = e.id_ and j.retries_ > 0)
				  and not exists (select 1 from act_ru_event_subscr s where s.proc_inst_id_ = e.id_)"""));
		this.liveTokens.addAll(this.database.column("""
				select t.purpose || ' token ' || t.id || ' of access ' || a.id || ' (' || a.state || ')'
				from access_token t join portal_access a on a.id = t.access_id
				where t.used_at is null and t.superseded_at is null and t.expires_at > now()
				  and (a.state <> 'INVITED' or t.purpose <> 'ACTIVATION')"""));
	}

	/**
	 * The link of the invitation e-mail of every access still INVITED opens the
	 * activation form (GET changes nothing): the one usable token is the one mailed.
	 */
	void checkLinks(int port) {
		Map<String, String> tokens = new HashMap<>();
		for (MimeMessage message : this.messages) {
			try {
				if (message.getSubject() != null && message.getSubject().startsWith(CrashLoad.INVITATION_SUBJECT)) {
					tokens.put(message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase(),
							CrashLoad.token(String.valueOf(message.getContent())));
				}
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		Http browser = new Http(port);
		this.byEmail.values().stream().filter((access) -> "INVITED".equals(access.state())).forEach((access) -> {
			String token = tokens.get(access.email());
			if (token == null || !browser.get("/activate?token=" + token).body().contains("name=\"_csrf\"")) {
				this.deadLinks.add(access.email() + ": " + ((token == null) ? "no invitation" : "link refused"));
			}
		});
	}

	/** The state of the access and of its processes tell the same story. */
	private void checkConsistent(Access access) {
		boolean consistent = access.onboardings() == 1 && switch (access.state()) {
			case "PENDING_APPROVAL" -> access.running() == 1 && access.reviewTasks() == 1 && access.usableTokens() == 0;
			case "INVITED" -> access.running() == 1 && access.waitingForActivation() == 1
					&& access.invitationsSent() == 1 && access.usableTokens() == 1;
			case "ACTIVE" -> access.running() == 0 && "EndEvent_AccessActivated".equals(access.endActivity())
					&& access.lifecycles() == 1 && access.usableTokens() == 0 && access.invitationsSent() == 1;
			case "APPROVAL_REJECTED" ->
				access.running() == 0 && "EndEvent_RegistrationRejected".equals(access.endActivity())
						&& access.lifecycles() == 0 && access.usableTokens() == 0;
			default -> false;
		};
		if (!consistent) {
			this.inconsistent.add(access.toString());
		}
	}

	private void expectMails(Access access) {
		switch (access.state()) {
			case "INVITED", "ACTIVE" -> {
				this.expectedMails.expect(access.email(), CrashLoad.INVITATION_SUBJECT + this.clientName, 1);
				this.expectedInvitations++;
			}
			case "APPROVAL_REJECTED" -> {
				this.expectedMails.expect(access.email(), CrashLoad.REJECTION_SUBJECT, 1);
				this.expectedRejections++;
			}
			default -> {
			}
		}
	}

	private boolean movedOn(Approval approval) {
		Access access = this.byId.get(this.accessOfInstance.get(approval.processInstanceId()));
		if (access == null) {
			return false;
		}
		return "REJECT".equals(approval.decision()) ? "APPROVAL_REJECTED".equals(access.state())
				: ("INVITED".equals(access.state()) || "ACTIVE".equals(access.state()));
	}

	long acceptedRegistrations() {
		return this.load.registrations.values().stream().filter(CrashLoad.Outcome::accepted).count();
	}

	long foundRegistrations() {
		return acceptedRegistrations() - this.lostRegistrations.size();
	}

	/** Registrations the node died under before answering, found committed afterwards. */
	long unansweredButFound() {
		return this.load.registrations.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(CrashLoad.Outcome.NO_ANSWER)
					&& this.byEmail.containsKey(entry.getKey()))
			.count();
	}

	long acceptedApprovals() {
		return this.load.approvals.values().stream().filter((approval) -> approval.outcome().accepted()).count();
	}

	long foundApprovals() {
		return acceptedApprovals() - this.lostApprovals.size();
	}

	long acceptedActivations() {
		return this.load.activations.values().stream().filter(CrashLoad.Outcome::accepted).count();
	}

	long foundActivations() {
		return acceptedActivations() - this.lostActivations.size();
	}

	/** Accesses per state. */
	Map<String, Long> states() {
		Map<String, Long> states = new TreeMap<>();
		this.byId.values().forEach((access) -> states.merge(access.state(), 1L, Long::sum));
		return states;
	}

	List<String> lostRegistrations() {
		return this.lostRegistrations;
	}

	List<String> lostApprovals() {
		return this.lostApprovals;
	}

	List<String> lostActivations() {
		return this.lostActivations;
	}

	List<String> inconsistent() {
		return this.inconsistent;
	}

	List<String> stuck() {
		return this.stuck;
	}

	List<String> liveTokens() {
		return this.liveTokens;
	}

	List<String> deadLinks() {
		return this.deadLinks;
	}

	Mails expectedMails() {
		return this.expectedMails;
	}

	int expectedInvitations() {
		return this.expectedInvitations;
	}

	int expectedRejections() {
		return this.expectedRejections;
	}

	List<Mails.Key> lostMails() {
		return this.expectedMails.missing(Received.of(this.messages));
	}

	List<Mails.Key> unexpectedMails() {
		return this.expectedMails.unexpected(Received.of(this.messages));
	}

	private static long number(List<String> row, int column) {
		return Long.parseLong(row.get(column));
	}

	/** A portal access and what the engine holds for it. */
	record Access(String id, String email, String state, long invitationsSent, long onboardings, long running,
			String endActivity, long reviewTasks, long waitingForActivation, long lifecycles, long usableTokens) {
	}

}
