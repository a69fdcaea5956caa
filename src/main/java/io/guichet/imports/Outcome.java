package io.guichet.imports;

/**
 * What happens to a line: the dry run says what will happen, the real run what did. A
 * contact is matched by its e-mail.
 */
public enum Outcome {

	CREATE, UPDATE, UNCHANGED, REJECTED

}
