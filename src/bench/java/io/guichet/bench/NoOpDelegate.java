package io.guichet.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Every service task of the bare-engine baseline: does nothing. */
public class NoOpDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		// the baseline measures the engine alone
	}

}
