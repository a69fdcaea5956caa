package io.guichet.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.contact.ContactCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a contact's new password follows (SPEC §7), without the application. */
class PasswordPolicyTests {

	private static final ContactCard JEANNE = new ContactCard(UUID.randomUUID(), null, "Jeanne", "Baret",
			"jeanne.baret1740@example.com", null, null, null, "fr", null, null, null);

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shouldCountLengthInCharactersFrom15To64() {
		assertThat(key("ferry lamp mos")).isEqualTo("guichet.password.too-short");
		assertThat(this.policy.problem("ferry lamp mos", JEANNE).args()).containsExactly(15);
		assertThat(key("ferry lamp moss")).isNull();
		String longest = "the quiet heron sleeps beneath an old stone bridge by the mill x";
		assertThat(longest).hasSize(64);
		assertThat(key(longest)).isNull();
		assertThat(key(longest + "y")).isEqualTo("guichet.password.too-long");
		assertThat(this.policy.problem(longest + "y", JEANNE).args()).containsExactly(64);
		assertThat(key(null)).isEqualTo("guichet.password.too-short");
	}

	@Test
	void shouldCountCodePointsNotJavaChars() {
		// 14 characters outside the BMP are 28 Java chars, still 14 characters
		assertThat(key("\uD83C\uDF32".repeat(7) + "\uD83C\uDF3B".repeat(7))).isEqualTo("guichet.password.too-short");
		assertThat(key("forêt près d'été")).isNull();
	}

	@Test
	void shouldRefuseWhatBcryptCannotHashInsteadOfFailing() {
		String accented = "élève à côté d'une forêt où était été mêlé à ça, près du château";
		assertThat(accented).hasSize(64);
		assertThat(accented.getBytes(StandardCharsets.UTF_8)).hasSize(80);
		assertThat(key(accented)).isEqualTo("guichet.password.too-many-bytes");
	}

	@Test
	void shouldHaveNoCompositionRule() {
		assertThat(key("correct horse battery staple")).isNull();
		assertThat(key("quarante-deux moutons verts")).isNull();
		assertThat(key("1893 7720 4418 6652")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaaaaa", "123456789012345", "abcdefghijklmno", "onmlkjihgfedcba",
			"987654321098765", "abcabcabcabcabc", "azertyuiopqsdfg", "QWERTYUIOPASDFG", "gfdsqpoiuytreza" })
	void shouldRefuseRepeatedOrSequentialValues(String password) {
		assertThat(key(password)).isEqualTo("guichet.password.predictable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "PasswordPassword", "perasperaadastra", "1qaz2wsx3edc4rfv" })
	void shouldRefuseAnEntryOfTheShippedBlocklistWhateverItsCase(String password) {
		assertThat(key(password)).isEqualTo("guichet.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jeanne.baret1740@example.com", "JEANNE.BARET1740", "Jeanne Baret 2024", "baret-jeanne!",
			"jeanne_baret_1740" })
	void shouldRefuseTheContactsOwnEmailOrName(String password) {
		assertThat(this.policy.problem(password, JEANNE)).isNotNull()
			.extracting(FieldError::messageKey)
			.isIn("guichet.password.personal", "guichet.password.too-short");
		assertThat(this.policy.problem(password + "               ", JEANNE).messageKey())
			.isEqualTo("guichet.password.personal");
	}

	@Test
	void shouldAcceptANameInsideALongerPassphrase() {
		assertThat(key("jeanne baret walks to the harbour")).isNull();
	}

	@Test
	void shouldRefuseBlankPasswordsAndAMismatchedConfirmation() {
		assertThat(key(" ".repeat(20))).isEqualTo("guichet.password.blank");
		assertThatThrownBy(() -> this.policy.check("ferry lamp moss", "ferry lamp mos", JEANNE)).isInstanceOfSatisfying(
				FieldErrorsException.class,
				(ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("passwordConfirmation"));
		assertThatThrownBy(() -> this.policy.check("passwordpassword", "other", JEANNE)).isInstanceOfSatisfying(
				FieldErrorsException.class, (ex) -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactly("password", "passwordConfirmation"));
		this.policy.check("ferry lamp moss", "ferry lamp moss", JEANNE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "too-short", "too-long", "too-many-bytes", "blank", "predictable", "personal", "common",
			"mismatch" })
	void shouldSayEachRefusalInFrenchAndEnglish(String rule) throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_fr.properties" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.getProperty("guichet.password." + rule)).as(bundle + " " + rule).isNotBlank();
		}
	}

	private String key(String password) {
		FieldError problem = this.policy.problem(password, JEANNE);
		return (problem != null) ? problem.messageKey() : null;
	}

}
