package io.guichet.common;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a creation: {@code {id}} of what was created. */
public record Created(@Schema(description = "The id of what was created.", example = ApiExamples.CLIENT_ID) UUID id) {
}
