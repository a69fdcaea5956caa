package io.guichet.access.process;

/** Ids of processes/ContactOnboarding.bpmn that the code relies on. */
public final class OnboardingProcess {

	public static final String KEY = "ContactOnboarding";

	public static final String MESSAGE_REGISTRATION_RECEIVED = "Message_RegistrationReceived";

	public static final String MESSAGE_ACCESS_ACTIVATED = "Message_AccessActivated";

	public static final String MESSAGE_RESEND_REQUESTED = "Message_ResendRequested";

	public static final String TASK_REVIEW_REGISTRATION = "Task_ReviewRegistration";

	public static final String TASK_CHECK_DECISION = "Task_CheckDecision";

	public static final String TASK_REGISTER_CONTACT = "Task_RegisterContact";

	public static final String TASK_APPROVE_REGISTRATION = "Task_ApproveRegistration";

	public static final String TASK_REJECT_REGISTRATION = "Task_RejectRegistration";

	public static final String TASK_SEND_INVITATION = "Task_SendInvitation";

	public static final String TASK_SEND_REJECTION_NOTICE = "Task_SendRejectionNotice";

	public static final String TASK_EXPIRE_INVITATION = "Task_ExpireInvitation";

	public static final String TASK_NOTIFY_SPONSOR = "Task_NotifySponsor";

	public static final String GATEWAY_WAIT_FOR_ACTIVATION = "Gateway_WaitForActivation";

	public static final String TIMER_REINVITE_AFTER = "Timer_ReinviteAfter";

	public static final String END_ACTIVATED = "EndEvent_AccessActivated";

	public static final String END_REJECTED = "EndEvent_RegistrationRejected";

	public static final String END_INVITATION_EXPIRED = "EndEvent_InvitationExpired";

	// process variables
	/** Transient: read by the gateway right after the start. */
	public static final String VAR_PRE_APPROVED = "preApproved";

	/** Transient: the review task's assignee, read when the task is created. */
	public static final String VAR_PROPOSED_APPROVER = "proposedApprover";

	public static final String VAR_DECISION = "decision";

	public static final String VAR_ROLE = "role";

	public static final String VAR_CLIENT_ID = "clientId";

	public static final String VAR_REJECTION_REASON = "rejectionReason";

	public static final String VAR_EXPIRES_ON = "expiresOn";

	public static final String VAR_PERMISSIONS = "permissions";

	public static final String VAR_DECIDED_BY = "decidedBy";

	/** Written at the first automatic re-invitation (none before: 0). */
	public static final String VAR_AUTOMATIC_REINVITATIONS = "automaticReinvitations";

	private OnboardingProcess() {
	}

}
