package io.guichet.client;

import io.guichet.common.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The fields a client is created with ({@code POST /api/clients}). */
public record NewClient(
		@NotBlank(message = "{guichet.validation.required}") @Size(max = 200,
				message = "{guichet.validation.size}") String name,
		@Size(max = 200, message = "{guichet.validation.size}") String alias,
		@Pattern(regexp = Language.PATTERN, message = "{guichet.validation.language}") String language,
		@Size(max = 500, message = "{guichet.validation.size}") @Pattern(regexp = "https?://\\S+",
				message = "{guichet.validation.website}") String website,
		@Size(max = 64, message = "{guichet.validation.size}") String accountManager) {
}
