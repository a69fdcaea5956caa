package io.guichet.engine;

import java.util.Optional;
import java.util.Set;

/**
 * The variables a person may send to a module's processes through the engine door: those
 * its forms set when completing a task, or when starting the process from Tasklist. The
 * module that owns the process declares them; anything else is refused.
 */
public interface FormVariables {

	/**
	 * The variables a task of this definition key takes, if the task is this module's.
	 */
	Optional<Set<String>> ofTask(String taskDefinitionKey);

	/** The variables a start of this process takes, if the process is this module's. */
	Optional<Set<String>> ofStart(String processDefinitionKey);

}
