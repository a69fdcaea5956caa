package io.guichet.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PortalPermissions;
import io.guichet.project.ClientLink;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.Member;
import io.guichet.project.ProjectState;
import io.guichet.staff.Staff;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The project page (clients, named contacts, project contacts and the forms that change
 * them), and what the project pages share: texts in the user's language, contacts to
 * choose from, amounts and dates as typed.
 */
@Component
class ProjectPage {

	/** Portal permissions in a fixed order, for checkboxes. */
	static final List<String> PERMISSIONS = PortalPermissions.ALL.stream().sorted().toList();

	/** Contacts listed per client in a choice (ContactQueries caps a page there). */
	private static final int CONTACTS_PER_CLIENT = 200;

	private final ProjectBook projects;

	private final ContactQueries contacts;

	private final ClientChoice choice;

	private final MessageSource messages;

	ProjectPage(ProjectBook projects, ContactQueries contacts, ClientChoice choice, MessageSource messages) {
		this.projects = projects;
		this.contacts = contacts;
		this.choice = choice;
		this.messages = messages;
	}

	/** A contact to choose in a list: its id and who it is. */
	record ContactOption(UUID id, String label) {
	}

	String show(UUID id, Authentication user, Model model) {
		return show(id, user, model, null, Map.of(), new LinkedMultiValueMap<>());
	}

	/**
	 * The page, with the errors and values typed in one of its forms: {@code assign},
	 * {@code client}, {@code change-<contactId>} or {@code clone-<contactId>}.
	 */
	String show(UUID id, Authentication user, Model model, String form, Map<String, String> errors,
			MultiValueMap<String, String> values) {
		Actor viewer = Staff.actor(user);
		ProjectDetails project = this.projects.get(id, viewer);
		Map<UUID, String> clientNames = new HashMap<>();
		project.clients().forEach((client) -> clientNames.put(client.id(), client.name()));
		Set<UUID> assigned = project.contacts().stream().map(Member::contactId).collect(Collectors.toSet());
		model.addAttribute("project", project);
		model.addAttribute("open", project.state() == ProjectState.OPEN);
		model.addAttribute("mayWrite", Staff.mayWrite(user));
		model.addAttribute("clientNames", clientNames);
		model.addAttribute("candidates",
				contactOptions(clientNames.keySet(), viewer).stream()
					.filter((option) -> !assigned.contains(option.id()))
					.toList());
		model.addAttribute("permissions", PERMISSIONS);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "console/project";
	}

	/** The contacts of these clients this user may see, by name. */
	List<ContactOption> contactOptions(Collection<UUID> clientIds, Actor viewer) {
		List<ContactOption> options = new ArrayList<>();
		for (UUID clientId : clientIds) {
			for (ContactView contact : this.contacts.list(clientId, null, 0, CONTACTS_PER_CLIENT, viewer).items()) {
				options.add(new ContactOption(contact.id(), contact.firstName() + " " + contact.lastName() + " — "
						+ contact.clientName() + " <" + contact.email() + ">"));
			}
		}
		options.sort(Comparator.comparing(ContactOption::label, String.CASE_INSENSITIVE_ORDER));
		return options;
	}

	/**
	 * The client chosen in the type-ahead ({@code clientName}, {@code clientId}); an
	 * error next to it when there is none.
	 */
	Optional<UUID> client(Map<String, String> values, Actor viewer, Map<String, String> errors) {
		String name = values.get("clientName");
		Optional<UUID> client = this.choice.of(name, values.get("clientId"), viewer);
		if (client.isEmpty()) {
			errors.put("clientName", text((name == null || name.isBlank()) ? "guichet.validation.required"
					: "guichet.project.client-unknown"));
		}
		return client;
	}

	/**
	 * The project's clients with {@code added} and without {@code removed},
	 * {@code primary} the primary one (joined when new).
	 */
	static List<ClientLink> clients(ProjectDetails project, UUID primary, UUID added, UUID removed) {
		Set<UUID> ids = new LinkedHashSet<>();
		project.clients().forEach((client) -> ids.add(client.id()));
		ids.add(primary);
		if (added != null) {
			ids.add(added);
		}
		ids.remove(removed);
		return ids.stream().map((id) -> new ClientLink(id, id.equals(primary))).toList();
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** Why a change was refused (409), in the user's language. */
	String problem(ConflictException ex) {
		return text(ex.messageKey(), ex.args());
	}

	/**
	 * Adds the refusal's messages by field, unless the field has one already; the index
	 * is left out ({@code permissions[2]} is shown next to {@code permissions}), and the
	 * project's clients are chosen in {@code clientName}.
	 */
	void refused(FieldErrorsException ex, Map<String, String> errors) {
		ex.errors().forEach((e) -> errors.putIfAbsent(field(e.field()), text(e.messageKey(), e.args())));
	}

	static String field(String path) {
		int index = path.indexOf('[');
		String field = (index < 0) ? path : path.substring(0, index);
		return "clients".equals(field) ? "clientName" : field;
	}

	/**
	 * An amount as people type it ({@code 12 500,50} or {@code 12500.50}); blank is none.
	 * What is not a number is an error of {@code field}.
	 */
	BigDecimal amount(String typed, String field, Map<String, String> errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.put(field, text("guichet.project.amount"));
			return null;
		}
	}

	/** A date of an {@code <input type="date">} (ISO); blank is none. */
	LocalDate date(String typed, String field, Map<String, String> errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, text("console.project.date"));
			return null;
		}
	}

}
