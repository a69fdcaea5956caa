package io.guichet.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Puts the engine door's own rules in front of every command
 * ({@link EngineDoorInterceptor}).
 */
@Component
class EngineDoorPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getCustomPreCommandInterceptorsTxRequired().add(new EngineDoorInterceptor(configuration));
	}

}
