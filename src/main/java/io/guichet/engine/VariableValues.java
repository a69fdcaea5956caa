package io.guichet.engine;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a variable sent through the engine REST API may hold: a plain value the engine
 * stores without a serializer chosen by the caller, text the database can hold. Each
 * method answers why a body is refused, or null.
 */
final class VariableValues {

	/** The engine stores a text variable in a column of 4,000 characters. */
	static final int MAX_TEXT = 4000;

	static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date",
			"null", "json");

	/** Where the engine REST API's bodies carry maps of variables. */
	static final List<String> MAPS = List.of("variables", "modifications", "processVariables", "processVariablesLocal",
			"correlationKeys", "localCorrelationKeys");

	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private VariableValues() {
	}

	/** Every map of variables in a request body. */
	static String refusalOfMaps(JsonNode body) {
		if (hasNul(body)) {
			// PostgreSQL cannot store it: the engine would fail in its persistence layer
			return "A variable holds a NUL character.";
		}
		for (String key : MAPS) {
			JsonNode variables = body.path(key);
			// queries (a filter's task list, …) carry arrays of conditions under these
			// names
			if (!variables.isObject()) {
				continue;
			}
			Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> variable = fields.next();
				String refusal = refusal(variable.getKey(), variable.getValue());
				if (refusal != null) {
					return refusal;
				}
			}
		}
		return null;
	}

	/** One variable, {@code {value, type, valueInfo}}. */
	static String refusal(String name, JsonNode variable) {
		if (!variable.isObject()) {
			return "Variable " + name + ": expected {value, type}.";
		}
		if (hasNul(variable)) {
			return "A variable holds a NUL character.";
		}
		JsonNode type = variable.path("type");
		if (!type.isMissingNode() && !type.isNull() && !PLAIN_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
			return "Variable " + name + ": only plain values are accepted here, not " + type.asText();
		}
		JsonNode value = variable.path("value");
		if (value.isTextual() && value.asText().length() > MAX_TEXT) {
			return "Variable " + name + ": longer than " + MAX_TEXT + " characters.";
		}
		if ("json".equalsIgnoreCase(type.asText()) && !isJsonText(value)) {
			return "Variable " + name + ": the value is not valid JSON.";
		}
		return null;
	}

	/** The first variable of a form's completion that the form does not set. */
	static String outsideForm(JsonNode variables, Set<String> allowed) {
		Iterator<String> names = variables.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!allowed.contains(name)) {
				return "Variable " + name + " is not a field of this form: Guichet sets it itself.";
			}
		}
		return null;
	}

	private static boolean hasNul(JsonNode node) {
		if (node.isTextual()) {
			return node.asText().indexOf('\u0000') >= 0;
		}
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getKey().indexOf('\u0000') >= 0 || hasNul(field.getValue())) {
				return true;
			}
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (hasNul(element)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isJsonText(JsonNode value) {
		if (value.isNull() || value.isMissingNode()) {
			return true;
		}
		if (!value.isTextual()) {
			return false;
		}
		try {
			JsonNode parsed = JSON.readTree(value.asText());
			return parsed != null && !parsed.isMissingNode();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
