package io.guichet.project;

import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/projects/{id}/contacts/{contactId}/permissions/clone}: the assigned
 * contacts that get a copy of one contact's custom permissions.
 */
public record CloneRequest(List<UUID> contactIds) {

}
