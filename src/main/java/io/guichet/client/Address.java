package io.guichet.client;

import io.guichet.common.Patterns;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address: primary, billing or shipping. */
public record Address(
		@Schema(example = "1250 rue Sainte-Catherine Ouest") @Size(max = 200,
				message = "{guichet.validation.size}") @Pattern(regexp = Patterns.SINGLE_LINE,
						message = "{guichet.validation.single-line}") String street,
		@Schema(example = "Montréal") @Size(max = 100, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String city,
		@Schema(example = "Québec") @Size(max = 100, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String province,
		@Schema(example = "H3G 1P1") @Size(max = 20, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String postalCode,
		@Schema(example = "Canada") @Size(max = 100, message = "{guichet.validation.size}") @Pattern(
				regexp = Patterns.SINGLE_LINE, message = "{guichet.validation.single-line}") String country) {

	static final Address EMPTY = new Address(null, null, null, null, null);

	@Override
	public String toString() {
		return String.join(", ",
				java.util.stream.Stream.of(this.street, this.postalCode, this.city, this.province, this.country)
					.filter((part) -> part != null && !part.isBlank())
					.toList());
	}

}
