package io.guichet.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;

/**
 * The Tasklist filter of each {@link TasklistEntry}, found by its name: made at the first
 * start, and renamed in both languages when an earlier version made it under its English
 * name only (its id, and so its grants and anyone's links, kept).
 */
class TasklistFilters {

	private final FilterService filters;

	private final TaskService tasks;

	TasklistFilters(FilterService filters, TaskService tasks) {
		this.filters = filters;
		this.tasks = tasks;
	}

	/**
	 * The id of the entry's filter, made (or renamed from its English name) if needed.
	 */
	String idOf(TasklistEntry entry) {
		Filter existing = this.filters.createFilterQuery().filterName(entry.filterName()).singleResult();
		if (existing != null) {
			return existing.getId();
		}
		// made by an earlier version under its English name only: named in both languages
		String english = FormLanguage.oneLanguage(entry.filterName(), Locale.ENGLISH);
		Filter earlier = this.filters.createFilterQuery().filterName(english).singleResult();
		if (earlier != null) {
			earlier.setName(entry.filterName());
			Map<String, Object> properties = new HashMap<>(earlier.getProperties());
			properties.put("description", entry.filterDescription());
			earlier.setProperties(properties);
			return this.filters.saveFilter(earlier).getId();
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("description", entry.filterDescription());
		properties.put("priority", -10);
		properties.put("color", "#1f6feb");
		properties.put("refresh", true);
		Filter filter = this.filters.newTaskFilter(entry.filterName())
			.setOwner(null)
			.setProperties(properties)
			.setQuery(this.tasks.createTaskQuery()
				.processDefinitionKey(entry.processKey())
				.taskDefinitionKey(entry.taskKey())
				.taskCandidateGroup(entry.candidateGroup())
				.includeAssignedTasks());
		return this.filters.saveFilter(filter).getId();
	}

}
