package io.guichet.access.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The access an instance is about: its business key. */
final class AccessIds {

	private AccessIds() {
	}

	static UUID of(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

}
