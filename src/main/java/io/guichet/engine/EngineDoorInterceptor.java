package io.guichet.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.guichet.staff.StaffGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The rules of the engine door that Camunda's authorizations cannot express, checked for
 * every command a person sends through Tasklist, Cockpit or {@code /engine-rest} (an
 * authenticated user; Guichet's own work runs without one):
 * <ul>
 * <li>Messages, signals, BPMN errors and escalations of tasks, and starts at an activity
 * are Guichet's to send ({@link OwnEngineCalls}): a person's is refused, admins' too, so
 * that no door skips a rule the services enforce (the re-send cool-down, the
 * review).</li>
 * <li>A job or job definition that belongs to no process (history cleanup, batches,
 * delayed suspensions) is admin work: Camunda checks nothing for them.</li>
 * </ul>
 * Refusals are Camunda's {@link AuthorizationException}: 403 on every engine REST door.
 */
class EngineDoorInterceptor extends CommandInterceptor {

	/** Commands that deliver an event or move a token where the model would not. */
	static final List<Class<?>> GUICHET_ONLY = List.of(AbstractCorrelateMessageCmd.class,
			CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
			SignalCmd.class, StartProcessInstanceAtActivitiesCmd.class, HandleTaskBpmnErrorCmd.class,
			HandleTaskEscalationCmd.class);

	/** Commands on one job, found by its {@code jobId} (or several {@code jobIds}). */
	static final List<Class<?>> JOB_COMMANDS = List.of(DeleteJobCmd.class, ExecuteJobsCmd.class, SetJobDuedateCmd.class,
			RecalculateJobDuedateCmd.class, SetJobRetriesCmd.class, SetJobPriorityCmd.class,
			AbstractSetJobStateCmd.class);

	/** Commands on a job definition, found by its {@code jobDefinitionId}. */
	static final List<Class<?>> JOB_DEFINITION_COMMANDS = List.of(SetJobRetriesCmd.class,
			SetJobDefinitionPriorityCmd.class, AbstractSetJobDefinitionStateCmd.class, AbstractSetJobStateCmd.class);

	/**
	 * A refused {@code POST /job/{id}/execute} is a failure of the job for the engine,
	 * whose failed-job listener runs next in the same thread and takes one of its
	 * retries: that listener is skipped, since the job never ran.
	 */
	private static final ThreadLocal<Boolean> REFUSED_EXECUTION = new ThreadLocal<>();

	private final ProcessEngineConfigurationImpl engine;

	EngineDoorInterceptor(ProcessEngineConfigurationImpl engine) {
		this.engine = engine;
	}

	@Override
	public <T> T execute(Command<T> command) {
		boolean refusedJustBefore = Boolean.TRUE.equals(REFUSED_EXECUTION.get());
		REFUSED_EXECUTION.remove();
		if (command instanceof FailedJobListener && refusedJustBefore) {
			return null;
		}
		Authentication user = this.engine.getIdentityService().getCurrentAuthentication();
		if (user != null && user.getUserId() != null && !OwnEngineCalls.active()) {
			try {
				check(command, user);
			}
			catch (AuthorizationException ex) {
				if (command instanceof ExecuteJobsCmd) {
					REFUSED_EXECUTION.set(true);
				}
				throw ex;
			}
		}
		return this.next.execute(command);
	}

	private void check(Command<?> command, Authentication user) {
		if (isA(command, GUICHET_ONLY)) {
			throw refused(user, "Guichet's processes receive their messages and signals from Guichet only");
		}
		boolean admin = user.getGroupIds() != null && user.getGroupIds().contains(StaffGroups.ADMIN);
		if (admin) {
			return;
		}
		if (isA(command, JOB_COMMANDS) && touchesStandaloneJob(command)) {
			throw refused(user, "jobs that belong to no process (history cleanup, batches) are admin work");
		}
		if (isA(command, JOB_DEFINITION_COMMANDS) && touchesStandaloneDefinition(command)) {
			throw refused(user, "job definitions that belong to no process are admin work");
		}
	}

	private boolean touchesStandaloneJob(Command<?> command) {
		Object id = field(command, "jobId");
		Object ids = field(command, "jobIds");
		Set<Object> all = new java.util.HashSet<>();
		if (id != null) {
			all.add(id);
		}
		if (ids instanceof Collection<?> many) {
			all.addAll(many);
		}
		return all.stream().anyMatch((jobId) -> {
			// looked up as the engine itself does, whoever may read it
			JobEntity job = this.engine.getCommandExecutorTxRequired()
				.execute((context) -> context.getJobManager().findJobById(String.valueOf(jobId)));
			return job != null && job.getProcessDefinitionKey() == null;
		});
	}

	private boolean touchesStandaloneDefinition(Command<?> command) {
		Object id = field(command, "jobDefinitionId");
		if (id == null) {
			return false;
		}
		JobDefinitionEntity definition = this.engine.getCommandExecutorTxRequired()
			.execute((context) -> context.getJobDefinitionManager().findById(String.valueOf(id)));
		return definition != null && definition.getProcessDefinitionKey() == null;
	}

	private static boolean isA(Command<?> command, List<Class<?>> types) {
		return types.stream().anyMatch((type) -> type.isInstance(command));
	}

	/** A field of an engine command, wherever it is declared in its class hierarchy. */
	static Object field(Object command, String name) {
		for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(command);
			}
			catch (NoSuchFieldException ex) {
				// declared higher up, or not at all
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("cannot read " + name + " of " + type.getName(), ex);
			}
		}
		return null;
	}

	private static AuthorizationException refused(Authentication user, String why) {
		return new AuthorizationException(user.getUserId() + ": " + why + ".");
	}

}
