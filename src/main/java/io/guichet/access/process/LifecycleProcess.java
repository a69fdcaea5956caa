package io.guichet.access.process;

/** Ids of processes/AccessLifecycle.bpmn that the code relies on. */
public final class LifecycleProcess {

	public static final String KEY = "AccessLifecycle";

	public static final String MESSAGE_ACCESS_REVOKED = "Message_AccessRevoked";

	public static final String MESSAGE_DEADLINES_CHANGED = "Message_DeadlinesChanged";

	public static final String TASK_CHECK_DEADLINES = "Task_CheckDeadlines";

	public static final String TASK_SEND_EXPIRY_WARNING = "Task_SendExpiryWarning";

	public static final String TASK_EXPIRE_ACCESS = "Task_ExpireAccess";

	public static final String TASK_SEND_EXPIRY_NOTICE = "Task_SendExpiryNotice";

	public static final String GATEWAY_WAIT_FOR_DEADLINE = "Gateway_WaitForDeadline";

	public static final String TIMER_NEXT_CHECK = "Timer_NextCheck";

	public static final String END_EXPIRED = "EndEvent_AccessExpired";

	public static final String END_REVOKED = "EndEvent_AccessRevoked";

	public static final String END_ENDED = "EndEvent_AccessEnded";

	private LifecycleProcess() {
	}

}
