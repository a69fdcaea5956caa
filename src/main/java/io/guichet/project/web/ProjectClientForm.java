package io.guichet.project.web;

/**
 * A client added from the project page, typed with the type-ahead ({@code clientName},
 * and {@code clientId} once a suggestion is chosen); {@code primary}: it becomes the
 * primary client.
 */
record ProjectClientForm(String clientName, String clientId, Boolean primary) {

	boolean isPrimary() {
		return Boolean.TRUE.equals(this.primary);
	}

}
