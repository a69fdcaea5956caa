package io.guichet.client;

import io.guichet.common.Patterns;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address: primary, billing or shipping. */
public record Address(
		@Size(max = 200, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String street,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String city,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String province,
		@Size(max = 20, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String postalCode,
		@Size(max = 100, message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
				message = "{guichet.validation.single-line}") String country) {

	static final Address EMPTY = new Address(null, null, null, null, null);

	@Override
	public String toString() {
		return String.join(", ",
				java.util.stream.Stream.of(this.street, this.postalCode, this.city, this.province, this.country)
					.filter((part) -> part != null && !part.isBlank())
					.toList());
	}

}
