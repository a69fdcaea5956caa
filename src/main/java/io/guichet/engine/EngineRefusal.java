package io.guichet.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Guichet refusing what a person entered in a Camunda form (a review completion, a start
 * form): its message is only the readable sentences, in the person's language. It is not
 * a failure of the engine: logged in one line, never as an error
 * ({@link RefusalLogging}), and the engine REST API answers 400 with that message alone
 * ({@link RefusalAnswers}). The engine's own callers see a
 * {@link FormFieldValidationException}, as from a form field's validator.
 */
public class EngineRefusal extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	private final List<String> fields;

	/** {@code fields}: the form fields refused, for logs and callers; never shown. */
	public EngineRefusal(List<String> fields, String message) {
		super(fields.isEmpty() ? null : fields.get(0), message);
		this.fields = List.copyOf(fields);
	}

	public List<String> fields() {
		return this.fields;
	}

}
