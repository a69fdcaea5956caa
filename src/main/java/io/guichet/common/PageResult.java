package io.guichet.common;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as every paged REST list answers: {@code {items, page, size,
 * total}}.
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/** How many pages the list has; at least one, even when empty. */
	public long pages() {
		return Math.max(1, (this.total + Math.max(1, this.size) - 1) / Math.max(1, this.size));
	}

}
