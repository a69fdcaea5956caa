package io.guichet.project;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a move of a contact's work: how many assignments moved. */
public record MovedAssignments(@Schema(description = "How many assignments moved.", example = "3") int moved) {
}
