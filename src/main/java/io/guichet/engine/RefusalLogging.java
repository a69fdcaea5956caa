package io.guichet.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A command that fails with an {@link EngineRefusal} is a person's input refused, not an
 * engine failure: the engine's context logger ({@code ENGINE-16004}) would write it as an
 * ERROR with its whole stack trace. It is written as one INFO line instead (the context
 * logger keeps it at DEBUG, as it does for Camunda's own bad requests), and the refusal
 * is left on the HTTP request for {@link RefusalAnswers}. Every other failure is logged
 * as before.
 */
@Component
class RefusalLogging extends AbstractProcessEnginePlugin {

	/** The request attribute holding the refusal that ended the request's command. */
	static final String ATTRIBUTE = RefusalLogging.class.getName() + ".refusal";

	private static final Logger log = LoggerFactory.getLogger(EngineRefusal.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Factory factory = new Factory();
		// the engine wires only the factory it creates itself
		factory.setProcessEngineConfiguration(configuration);
		configuration.setCommandContextFactory(factory);
	}

	private static final class Factory extends CommandContextFactory {

		@Override
		public CommandContext createCommandContext() {
			return new RefusingCommandContext(this.processEngineConfiguration);
		}

	}

	private static final class RefusingCommandContext extends CommandContext {

		RefusingCommandContext(ProcessEngineConfigurationImpl configuration) {
			super(configuration);
		}

		@Override
		protected void fireCommandFailed(Throwable failure) {
			super.fireCommandFailed(failure);
			if (failure instanceof EngineRefusal refusal) {
				log.info("Refused: {} {}", refusal.fields(), refusal.getMessage());
				RequestAttributes request = RequestContextHolder.getRequestAttributes();
				if (request != null) {
					request.setAttribute(ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
				}
			}
		}

		@Override
		protected boolean shouldLogFine(Throwable failure) {
			return failure instanceof EngineRefusal || super.shouldLogFine(failure);
		}

	}

}
