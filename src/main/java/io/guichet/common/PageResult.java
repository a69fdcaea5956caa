package io.guichet.common;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as every paged REST list answers: {@code {items, page, size,
 * total}}.
 */
public record PageResult<T>(List<T> items, @Schema(description = "The page number, from 0.", example = "0") int page,
		@Schema(description = "The most items a page holds.", example = "20") int size,
		@Schema(description = "How many items match, on every page.", example = "1") long total) {

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/** How many pages the list has; at least one, even when empty. */
	public long pages() {
		return Math.max(1, (this.total + Math.max(1, this.size) - 1) / Math.max(1, this.size));
	}

}
