package io.guichet.engine;

import java.util.Map;
import java.util.Optional;

import io.guichet.common.Actor;

/**
 * What a module's task form shows that the process instance does not carry: read from the
 * domain when the form is opened, for the person who opens it (a choice among the clients
 * that person may see), so that instances carry ids, not copies of lists.
 */
public interface TaskFormData {

	/**
	 * The variables to add to the form of this task, if the task is this module's: plain
	 * values (text, numbers, booleans) or lists and maps, which the form reads as JSON.
	 * @param taskDefinitionKey the task's id in its BPMN
	 * @param businessKey the business key of its process instance
	 * @param viewer the person opening the form
	 */
	Optional<Map<String, Object>> forTask(String taskDefinitionKey, String businessKey, Actor viewer);

}
