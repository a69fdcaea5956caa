package io.guichet.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description (/v3/api-docs) as a staff user or an integrator reads it: every
 * operation has a summary, a business tag that is described, and its error answers as
 * problem details; every example is a real value, never what a generator makes up.
 */
@GuichetTest
class ApiDocumentationTests {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	/** What a generator writes for a value nobody chose (Swagger UI's own UUID too). */
	private static final Set<String> JUNK = Set.of("string", "00000000-0000-0000-0000-000000000000",
			"3fa85f64-5717-4562-b3fc-2c963f66afa6");

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	JsonNode docs;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		Http.Response answer = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).get("/v3/api-docs");
		assertThat(answer.status()).isEqualTo(200);
		this.docs = answer.json();
	}

	@Test
	void shouldDescribeEveryOperationWithSummaryTagAndErrorAnswers() {
		Set<String> described = new HashSet<>();
		this.docs.path("tags").forEach((tag) -> {
			if (!tag.path("description").asText().isBlank()) {
				described.add(tag.path("name").asText());
			}
		});
		List<String> operations = new ArrayList<>();
		List<String> faults = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.docs.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (!METHODS.contains(method.getKey())) {
					continue;
				}
				String name = method.getKey().toUpperCase() + " " + path.getKey();
				operations.add(name);
				checkOperation(name, method.getValue(), described, faults);
			}
		}
		assertThat(operations).as("the API's operations").hasSizeGreaterThan(40);
		assertThat(faults).isEmpty();
	}

	private static void checkOperation(String name, JsonNode operation, Set<String> described, List<String> faults) {
		if (operation.path("summary").asText().isBlank()) {
			faults.add(name + ": no summary");
		}
		if (operation.path("tags").isEmpty()) {
			faults.add(name + ": no tag");
		}
		for (JsonNode tag : operation.path("tags")) {
			if (tag.asText().endsWith("-controller")) {
				faults.add(name + ": tag named after its controller: " + tag.asText());
			}
			else if (!described.contains(tag.asText())) {
				faults.add(name + ": tag without a description: " + tag.asText());
			}
		}
		boolean clientError = false;
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			if (!response.getKey().startsWith("4")) {
				continue;
			}
			clientError = true;
			if (response.getValue().path("description").asText().isBlank()) {
				faults.add(name + ": " + response.getKey() + " without a description");
			}
			if (response.getValue().at("/content/application~1problem+json/schema").isMissingNode()) {
				faults.add(name + ": " + response.getKey() + " is not described as application/problem+json");
			}
		}
		if (!clientError) {
			faults.add(name + ": no 4xx answer");
		}
	}

	@Test
	void shouldShowRealExamplesOnly() {
		List<String> faults = new ArrayList<>();
		findJunk(this.docs, "", false, faults);
		assertThat(faults).isEmpty();
	}

	private static void findJunk(JsonNode node, String pointer, boolean inExample, List<String> faults) {
		if (inExample && node.isTextual() && JUNK.contains(node.asText())) {
			faults.add(pointer + " = " + node.asText());
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				findJunk(node.get(i), pointer + "/" + i, inExample, faults);
			}
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			boolean example = inExample || "example".equals(field.getKey()) || "examples".equals(field.getKey())
					|| "default".equals(field.getKey());
			findJunk(field.getValue(), pointer + "/" + field.getKey(), example, faults);
		}
	}

	/**
	 * Without an example of its own, a text field is shown by Swagger UI as "string" (a
	 * UUID as 3fa85f64-…), in every request it proposes and every answer it sketches.
	 */
	@Test
	void shouldGiveEveryTextFieldOfTheBodiesAnExample() {
		List<String> faults = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : this.docs.at("/components/schemas").properties()) {
			for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
				JsonNode field = property.getValue();
				if ((isText(field) || (isArray(field) && isText(field.path("items")))) && !field.has("example")
						&& !field.path("items").has("example")) {
					faults.add(schema.getKey() + "." + property.getKey());
				}
			}
		}
		assertThat(faults).as("fields without an example").isEmpty();
	}

	private static boolean isText(JsonNode schema) {
		return "string".equals(schema.path("type").asText()) && !schema.has("enum")
				&& !"binary".equals(schema.path("format").asText());
	}

	private static boolean isArray(JsonNode schema) {
		return "array".equals(schema.path("type").asText());
	}

}
