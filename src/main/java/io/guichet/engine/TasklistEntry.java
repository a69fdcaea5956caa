package io.guichet.engine;

/**
 * A process staff start from Tasklist, and the filter that lists its tasks for the given
 * candidate group: declared by the module that owns the process, set up at first start by
 * {@link StaffBootstrap}. The filter's name and description are written
 * {@code English · Français}: Tasklist shows each reader their half
 * ({@link FormLanguage}).
 */
public record TasklistEntry(String processKey, String filterName, String filterDescription, String taskKey,
		String candidateGroup) {
}
