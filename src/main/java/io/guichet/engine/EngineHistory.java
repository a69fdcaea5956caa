package io.guichet.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's history, sized to what people read ({@code guichet.engine.history}).
 * Guichet keeps its own history of who did what ({@code /api/contacts/{id}/history}); the
 * engine keeps, at its {@code full} level, every process instance, activity, task,
 * identity link, incident and user operation (Cockpit, Tasklist and
 * {@code /engine-rest/history} answer as before), and each variable's last value
 * ({@code ACT_HI_VARINST}). {@code lean}, the default, leaves out what nobody reads and
 * every process step would write:
 * <ul>
 * <li>each variable's successive values ({@code ACT_HI_DETAIL}, {@code /history/detail}):
 * the instance's history keeps its last value;</li>
 * <li>the job log's creation, success and deletion lines ({@code ACT_HI_JOB_LOG}) of
 * every timer and asynchronous step: its failures stay, with their stack trace, beside
 * the incident Cockpit shows.</li>
 * </ul>
 * {@code full} writes everything the engine produces, as Camunda does. The setting can be
 * changed at any restart: unlike the engine's history level, it leaves the database as it
 * is.
 */
@Component
class EngineHistory extends AbstractProcessEnginePlugin {

	private final boolean lean;

	EngineHistory(@Value("${guichet.engine.history:lean}") String history) {
		if (!"lean".equals(history) && !"full".equals(history)) {
			throw new IllegalArgumentException(
					"guichet.engine.history is '" + history + "': it is 'lean' (the default) or 'full'");
		}
		this.lean = "lean".equals(history);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (this.lean && configuration.getHistoryEventHandler() == null) {
			configuration.setHistoryEventHandler(new LeanHistory());
		}
	}

	/**
	 * The engine's own database handler, without what {@link EngineHistory} leaves out.
	 */
	static final class LeanHistory extends DbHistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (isKept(event)) {
				super.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			for (HistoryEvent event : events) {
				handleEvent(event);
			}
		}

		@Override
		protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
			return false;
		}

		static boolean isKept(HistoryEvent event) {
			return !(event instanceof HistoricJobLogEvent log) || log.isFailureLog();
		}

	}

}
