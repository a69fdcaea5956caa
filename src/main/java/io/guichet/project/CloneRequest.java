package io.guichet.project;

import java.util.List;
import java.util.UUID;

import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/projects/{id}/contacts/{contactId}/permissions/clone}: the assigned
 * contacts that get a copy of one contact's custom permissions.
 */
public record CloneRequest(@Schema(description = "Other contacts assigned to the project.",
		example = "[\"" + ApiExamples.COLLEAGUE_ID + "\"]") List<UUID> contactIds) {

}
