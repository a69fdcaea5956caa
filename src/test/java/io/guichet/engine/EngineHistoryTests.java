package io.guichet.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code guichet.engine.history}: what the lean history keeps (the full stack:
 * {@code ContactOnboardingProcessTests.shouldKeepInTheEngineHistoryWhatPeopleRead…},
 * {@code SmtpOutageTests}; {@code full} boots in the two-node test).
 */
class EngineHistoryTests {

	@Test
	void shouldKeepJobFailuresAndDropTheRestOfTheJobLog() {
		assertThat(EngineHistory.LeanHistory.isKept(jobLog(JobState.FAILED))).isTrue();
		assertThat(EngineHistory.LeanHistory.isKept(jobLog(JobState.CREATED))).isFalse();
		assertThat(EngineHistory.LeanHistory.isKept(jobLog(JobState.SUCCESSFUL))).isFalse();
		assertThat(EngineHistory.LeanHistory.isKept(jobLog(JobState.DELETED))).isFalse();
		HistoricActivityInstanceEventEntity activity = new HistoricActivityInstanceEventEntity();
		activity.setEventType(HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName());
		assertThat(EngineHistory.LeanHistory.isKept(activity)).isTrue();
	}

	@Test
	void shouldRefuseAnUnknownSettingWithItsName() {
		assertThatThrownBy(() -> new EngineHistory("audit")).hasMessageContaining("guichet.engine.history")
			.hasMessageContaining("'lean'");
		assertThat(new EngineHistory("full")).isNotNull();
	}

	private static HistoricJobLogEventEntity jobLog(JobState state) {
		HistoricJobLogEventEntity event = new HistoricJobLogEventEntity();
		event.setState(state.getStateCode());
		return event;
	}

}
