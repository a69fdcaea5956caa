package io.guichet.access.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Forms of ContactOnboarding show what a stranger typed as plain text:
 * form-js renders a {@code text} component as Markdown, so a company named
 * {@code [Approve](https://evil.example)} would be a link in the approver's form. Those
 * values sit in disabled fields instead, which form-js does not submit, so completing the
 * review still sends only {@link OnboardingDoors#REVIEW_FORM}.
 */
class OnboardingFormsTests {

	/**
	 * The review variables whose values a stranger typed (or Guichet derived from them).
	 */
	private static final Set<String> TYPED_BY_STRANGERS = Set.of("contactName", "email", "phone", "mobile",
			"otherChannel", "companyAsTyped", "proposedClientName");

	/**
	 * The review variables a stranger chose among fixed values: shown by their label in a
	 * disabled select, never as a code.
	 */
	private static final Set<String> CHOSEN_BY_STRANGERS = Set.of("requestedRole");

	/** Components form-js renders as Markdown or HTML. */
	private static final Set<String> RICH = Set.of("text", "html");

	@Test
	void shouldShowWhatStrangersTypedOnlyInDisabledFields() throws IOException {
		JsonNode form = read("reviewRegistration.form");
		List<JsonNode> components = components(form);
		for (JsonNode component : components) {
			if (RICH.contains(component.path("type").asText())) {
				String text = component.path("text").asText() + component.path("content").asText();
				// no template and no FEEL expression: nothing of the data reaches the
				// Markdown
				assertThat(text).as(component.path("id").asText()).doesNotContain("{{").doesNotStartWith("=");
			}
		}
		for (String variable : TYPED_BY_STRANGERS) {
			assertThat(components).as("a disabled field shows " + variable).anySatisfy((component) -> {
				assertThat(component.path("key").asText()).isEqualTo(variable);
				assertThat(component.path("type").asText()).isEqualTo("textfield");
				assertThat(component.path("disabled").asBoolean()).isTrue();
			});
		}
		for (String variable : CHOSEN_BY_STRANGERS) {
			assertThat(components).as("a disabled select shows " + variable).anySatisfy((component) -> {
				assertThat(component.path("key").asText()).isEqualTo(variable);
				assertThat(component.path("type").asText()).isEqualTo("select");
				assertThat(component.path("disabled").asBoolean()).isTrue();
				assertThat(component.path("values").findValuesAsText("value")).contains("REQUESTER", "OBSERVER",
						"MANAGER");
			});
		}
		List<String> submitted = components.stream()
			.filter((component) -> component.hasNonNull("key") && !component.path("disabled").asBoolean())
			.map((component) -> component.get("key").asText())
			.toList();
		assertThat(submitted).as("what Tasklist submits")
			.containsExactlyInAnyOrderElementsOf(OnboardingDoors.REVIEW_FORM);
	}

	@Test
	void shouldRenderNoVariableAsMarkdownInTheStartForm() throws IOException {
		for (JsonNode component : components(read("registerContact.form"))) {
			if (RICH.contains(component.path("type").asText())) {
				assertThat(component.path("text").asText()).as(component.path("id").asText()).doesNotContain("{{");
			}
		}
	}

	private static JsonNode read(String name) throws IOException {
		try (InputStream in = OnboardingFormsTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new ObjectMapper().readTree(in);
		}
	}

	/** Every component, nested ones (groups) included. */
	private static List<JsonNode> components(JsonNode container) {
		List<JsonNode> all = new ArrayList<>();
		for (JsonNode component : container.path("components")) {
			all.add(component);
			all.addAll(components(component));
		}
		return all;
	}

}
