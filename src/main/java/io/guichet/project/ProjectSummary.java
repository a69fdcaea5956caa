package io.guichet.project;

import java.time.LocalDate;
import java.util.UUID;

/** What lists and other modules see of a project. */
public record ProjectSummary(UUID id, String name, ProjectState state, UUID primaryClientId, LocalDate startDate,
		LocalDate endDate) {
}
