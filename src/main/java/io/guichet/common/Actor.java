package io.guichet.common;

/** Who does something, as written to the history. */
public record Actor(String name) {

	public static final Actor SYSTEM = new Actor("system");

	public static Actor of(String name) {
		return (name == null || name.isBlank()) ? SYSTEM : new Actor(name);
	}

	public static Actor contact() {
		return new Actor("contact");
	}

}
