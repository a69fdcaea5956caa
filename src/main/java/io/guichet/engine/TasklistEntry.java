package io.guichet.engine;

/**
 * A process staff start from Tasklist, and the filter that lists its tasks for the given
 * candidate group: declared by the module that owns the process, set up at first start by
 * {@link StaffBootstrap}.
 */
public record TasklistEntry(String processKey, String filterName, String filterDescription, String taskKey,
		String candidateGroup) {
}
