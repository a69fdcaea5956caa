package io.guichet.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.guichet.common.Actor;
import io.guichet.common.Dates;
import io.guichet.common.PageResult;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A history as people read it. The stored lines stay as written (the REST history answers
 * them as they are); pages show the action's label, the details with labels instead of
 * field names and codes, dates in the reader's language and zone, and names instead of
 * ids (or "deleted" when the thing is gone or hidden from the reader).
 */
@Component
public class HistoryTexts {

	private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final Pattern ANY_ID = Pattern.compile(ID);

	/** A name followed by its id in brackets: the name is enough. */
	private static final Pattern NAMED_ID = Pattern.compile(" \\(" + ID + "\\)");

	/** Details written by people, shown as they are. */
	private static final Set<String> VERBATIM = Set.of("COMMENT_ADDED", "REJECTED");

	/** Fields whose values are codes, and the prefix of their labels. */
	private static final Map<String, String> CODES = Map.of("role", "portal.role.", "privacy", "console.privacy.",
			"language", "console.language.", "accountType", "console.client.type.", "status", "console.client.status.",
			"state", "console.state.");

	private static final Pattern APPROVED = Pattern.compile("role=(\\w+)(?:, expires on (\\S+))?");

	private static final Pattern RIGHTS = Pattern.compile("role=(\\w+), permissions=\\[(.*)\\], expires on=(\\S+)");

	private static final Pattern ROLE_CHANGE = Pattern.compile("(\\w+) → (\\w+)");

	private static final Pattern IMPORTED = Pattern.compile("(.*), row (\\d+) \\(import " + ID + "\\)");

	private static final Pattern KEY_VALUE = Pattern.compile("([a-z][a-z ]*)=(.*)", Pattern.DOTALL);

	private static final Pattern CHANGE = Pattern.compile("([a-zA-Z0-9]+): (.*) → (.*)", Pattern.DOTALL);

	private static final Map<Pattern, String> PHRASES = phrases();

	private final MessageSource messages;

	private final List<HistoryNames> names;

	private final Dates dates;

	HistoryTexts(MessageSource messages, List<HistoryNames> names, Dates dates) {
		this.messages = messages;
		this.names = names;
		this.dates = dates;
	}

	public PageResult<HistoryLine> describe(PageResult<HistoryEntry> page, Actor reader, Locale locale) {
		Map<UUID, String> known = namesOf(page.items(), reader);
		List<HistoryLine> lines = page.items()
			.stream()
			.map((entry) -> new HistoryLine(entry.occurredAt(), entry.actor(), action(entry.action(), locale),
					details(entry, known, locale)))
			.toList();
		return new PageResult<>(lines, page.page(), page.size(), page.total());
	}

	/**
	 * One change as people read it ({@code jobTitle: a → b} becomes {@code Job title: a →
	 * b}), for reports that list changes the way histories do.
	 */
	public String change(String change, Locale locale) {
		return new Texts(Map.of(), locale).segment(change);
	}

	/** {@code Label: value}, as the reader's language writes it. */
	public String pair(String label, String value, Locale locale) {
		return this.messages.getMessage("history.detail.field", new Object[] { label, value }, locale);
	}

	/** The label of a field (a record component), else the name as it is. */
	public String field(String name, Locale locale) {
		return this.messages.getMessage("field." + name, null, name, locale);
	}

	String action(String action, Locale locale) {
		return this.messages.getMessage("history." + action, null, humanized(action), locale);
	}

	String details(HistoryEntry entry, Map<UUID, String> known, Locale locale) {
		String details = entry.details();
		if (details == null || details.isBlank() || VERBATIM.contains(entry.action())) {
			return details;
		}
		Texts texts = new Texts(known, locale);
		String whole = texts.whole(details);
		return (whole != null) ? whole
				: Arrays.stream(details.split("; ")).map(texts::segment).collect(Collectors.joining("; "));
	}

	private Map<UUID, String> namesOf(List<HistoryEntry> entries, Actor reader) {
		Set<UUID> ids = new HashSet<>();
		for (HistoryEntry entry : entries) {
			if (entry.details() != null && !VERBATIM.contains(entry.action())) {
				Matcher matcher = ANY_ID.matcher(entry.details());
				while (matcher.find()) {
					ids.add(UUID.fromString(matcher.group()));
				}
			}
		}
		Map<UUID, String> known = new HashMap<>();
		if (!ids.isEmpty()) {
			this.names.forEach((source) -> known.putAll(source.namesOf(ids, reader)));
		}
		return known;
	}

	private static Map<Pattern, String> phrases() {
		Map<Pattern, String> phrases = new HashMap<>();
		phrases.put(Pattern.compile("invitation #(\\d+)"), "history.detail.invitation-number");
		phrases.put(Pattern.compile("(\\d+) invitations sent"), "history.detail.invitations-sent");
		phrases.put(Pattern.compile("sponsor (.+) has no e-mail address"), "history.detail.sponsor-no-email");
		phrases.put(Pattern.compile("no login for the inactivity period"), "history.detail.no-login");
		phrases.put(Pattern.compile("contact notified"), "history.detail.contact-notified");
		phrases.put(Pattern.compile("project deleted"), "history.detail.project-deleted");
		phrases.put(Pattern.compile("moved to contact (.+)"), "history.detail.moved-to");
		phrases.put(Pattern.compile("moved from contact (.+)"), "history.detail.moved-from");
		phrases.put(Pattern.compile("copied from contact (.+)"), "history.detail.copied-from");
		return Map.copyOf(phrases);
	}

	private static String camel(String words) {
		String[] parts = words.strip().split(" ");
		StringBuilder camel = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			camel.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
		}
		return camel.toString();
	}

	private static String humanized(String code) {
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The words of one history read in one language. */
	private final class Texts {

		private final Map<UUID, String> known;

		private final Locale locale;

		Texts(Map<UUID, String> known, Locale locale) {
			this.known = known;
			this.locale = locale;
		}

		/** Details written as one sentence; null when they are a list of parts. */
		String whole(String details) {
			Matcher rights = RIGHTS.matcher(details);
			if (rights.matches()) {
				return field("role", rights.group(1)) + "; " + field("permissions", rights.group(2)) + "; "
						+ field("expiresOn", rights.group(3));
			}
			Matcher approved = APPROVED.matcher(details);
			if (approved.matches()) {
				return field("role", approved.group(1))
						+ ((approved.group(2) != null) ? "; " + field("expiresOn", approved.group(2)) : "");
			}
			Matcher role = ROLE_CHANGE.matcher(details);
			if (role.matches() && isCode("role", role.group(1)) && isCode("role", role.group(2))) {
				return pair(label("role"), value("role", role.group(1)) + " → " + value("role", role.group(2)));
			}
			Matcher imported = IMPORTED.matcher(details);
			if (imported.matches()) {
				return text("history.detail.imported", imported.group(1), imported.group(2));
			}
			if (details.startsWith("expires at ")) {
				return text("history.detail.expires-at", value("expiresAt", details.substring("expires at ".length())));
			}
			if (details.startsWith("fixed expiry date ")) {
				return text("history.detail.fixed-expiry",
						value("expiresOn", details.substring("fixed expiry date ".length())));
			}
			return null;
		}

		String segment(String segment) {
			for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
				Matcher matcher = phrase.getKey().matcher(segment);
				if (matcher.matches()) {
					Object[] args = new Object[matcher.groupCount()];
					for (int i = 0; i < args.length; i++) {
						String arg = matcher.group(i + 1);
						args[i] = arg.matches("\\d+") ? Long.valueOf(arg) : ids(arg);
					}
					return text(phrase.getValue(), args);
				}
			}
			if (segment.startsWith("changed: ")) {
				return pair(label("changed"),
						Arrays.stream(segment.substring("changed: ".length()).split(", "))
							.map(this::label)
							.collect(Collectors.joining(", ")));
			}
			Matcher change = CHANGE.matcher(segment);
			if (change.matches() && hasLabel(change.group(1))) {
				String name = change.group(1);
				return pair(label(name), value(name, change.group(2)) + " → " + value(name, change.group(3)));
			}
			Matcher pair = KEY_VALUE.matcher(segment);
			if (pair.matches()) {
				String name = camel(pair.group(1));
				if (hasLabel(name)) {
					return field(name, pair.group(2));
				}
			}
			return ids(segment);
		}

		/**
		 * Ids in a text: the name, else "deleted or hidden"; once per text, since names
		 * may hold anything.
		 */
		String ids(String text) {
			String named = NAMED_ID.matcher(text).replaceAll("");
			return ANY_ID.matcher(named).replaceAll((match) -> Matcher.quoteReplacement(name(match.group())));
		}

		private String field(String name, String value) {
			return pair(label(name), value(name, value));
		}

		private String pair(String label, String value) {
			return text("history.detail.field", label, value);
		}

		private String value(String name, String value) {
			String text = value.strip();
			if (text.isEmpty() || text.equals("—") || text.equals("null") || text.equals("none")) {
				return "—";
			}
			if (name.equals("permissions") || name.equals("allowedUsers") || name.equals("clients")) {
				String list = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
				if (list.equals("portal level")) {
					return text("console.project.permissions.portal");
				}
				return Arrays.stream(list.split(", "))
					.filter((item) -> !item.isBlank())
					.map((item) -> name.equals("permissions") ? code("portal.permission.", item) : ids(item))
					.collect(Collectors.joining(", "));
			}
			if (name.equals("inactivityPeriod")) {
				return period(text);
			}
			String prefix = CODES.get(name);
			if (prefix != null) {
				return code(prefix, text);
			}
			return moment(text);
		}

		private String period(String text) {
			if (text.equals("default")) {
				return text("console.client.period.default");
			}
			try {
				return text("console.client.period.days", Duration.parse(text).toDays());
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}

		/** An ISO date or instant, as the reader reads dates; anything else as it is. */
		private String moment(String text) {
			try {
				if (text.length() == 10) {
					return HistoryTexts.this.dates.format(LocalDate.parse(text), this.locale);
				}
				if (text.endsWith("Z")) {
					return HistoryTexts.this.dates.format(Instant.parse(text), this.locale);
				}
			}
			catch (DateTimeParseException ex) {
				// not a date: as written
			}
			return ids(text);
		}

		private boolean isCode(String name, String value) {
			return HistoryTexts.this.messages.getMessage(CODES.get(name) + value, null, null, this.locale) != null;
		}

		private String code(String prefix, String value) {
			return HistoryTexts.this.messages.getMessage(prefix + value, null, value, this.locale);
		}

		private boolean hasLabel(String name) {
			return HistoryTexts.this.messages.getMessage("field." + name, null, null, this.locale) != null;
		}

		private String label(String name) {
			return HistoryTexts.this.messages.getMessage("field." + name, null, name, this.locale);
		}

		private String name(String id) {
			String name = this.known.get(UUID.fromString(id));
			return (name != null) ? name : text("history.detail.unknown");
		}

		private String text(String key, Object... args) {
			return HistoryTexts.this.messages.getMessage(key, args, key, this.locale);
		}

	}

}
