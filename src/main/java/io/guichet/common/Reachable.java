package io.guichet.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A contact needs at least one phone, mobile or other channel. Put on a type with
 * {@code phone()}, {@code mobile()} and {@code otherChannel()}; the error names
 * {@code phone}.
 */
@Documented
@Constraint(validatedBy = ReachableValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Reachable {

	String message() default "{guichet.validation.channel}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** What a {@link Reachable} type offers. */
	interface Channels {

		String phone();

		String mobile();

		String otherChannel();

	}

}
