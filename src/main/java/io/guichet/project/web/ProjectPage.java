package io.guichet.project.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PortalPermissions;
import io.guichet.console.ConsoleTexts;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectDetails;
import io.guichet.project.ProjectDetails.Member;
import io.guichet.project.ProjectState;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;

/**
 * The project page (clients, named contacts, project contacts and the forms that change
 * them), and what the project pages share: contacts and clients to choose from, refusals
 * shown next to fields.
 */
@Component
class ProjectPage {

	/** Portal permissions in a fixed order, for checkboxes. */
	static final List<String> PERMISSIONS = PortalPermissions.ALL.stream().sorted().toList();

	/** Contacts listed per client in a choice (ContactQueries caps a page there). */
	private static final int CONTACTS_PER_CLIENT = 200;

	private final ProjectBook projects;

	private final ContactQueries contacts;

	private final ClientDirectory clients;

	ProjectPage(ProjectBook projects, ContactQueries contacts, ClientDirectory clients) {
		this.projects = projects;
		this.contacts = contacts;
		this.clients = clients;
	}

	/** A contact to choose in a list: its id and who it is. */
	record ContactOption(UUID id, String label) {
	}

	String show(UUID id, Actor actor, Model model) {
		return show(id, actor, model, null, null);
	}

	/**
	 * The page again after one of its forms was refused: {@code failed} names it
	 * ({@code assign}, {@code client}, {@code change-<contactId>} or
	 * {@code clone-<contactId>}); its errors are those bound to the model attribute
	 * {@code form}, its values are shown as typed.
	 */
	String show(UUID id, Actor actor, Model model, String failed, MultiValueMap<String, String> typed) {
		ProjectDetails project = this.projects.get(id, actor);
		Map<UUID, String> clientNames = new HashMap<>();
		project.clients().forEach((client) -> clientNames.put(client.id(), client.name()));
		Set<UUID> assigned = project.contacts().stream().map(Member::contactId).collect(Collectors.toSet());
		model.addAttribute("project", project);
		model.addAttribute("open", project.state() == ProjectState.OPEN);
		model.addAttribute("clientNames", clientNames);
		model.addAttribute("candidates",
				contactOptions(clientNames.keySet(), actor).stream()
					.filter((option) -> !assigned.contains(option.id()))
					.toList());
		model.addAttribute("permissions", PERMISSIONS);
		model.addAttribute("failed", failed);
		model.addAttribute("typed", typed);
		return "project/project";
	}

	/** The contacts of these clients this user may see, by name. */
	List<ContactOption> contactOptions(Collection<UUID> clientIds, Actor actor) {
		List<ContactOption> options = new ArrayList<>();
		for (UUID clientId : clientIds) {
			for (ContactView contact : this.contacts.list(clientId, null, 0, CONTACTS_PER_CLIENT, actor).items()) {
				options.add(new ContactOption(contact.id(), contact.firstName() + " " + contact.lastName() + " — "
						+ contact.clientName() + " <" + contact.email() + ">"));
			}
		}
		options.sort(Comparator.comparing(ContactOption::label, String.CASE_INSENSITIVE_ORDER));
		return options;
	}

	/**
	 * The client chosen in the type-ahead (static/js/client-typeahead.js): the one whose
	 * id the suggestions filled in, if it still bears the name shown, else the one of the
	 * exact name typed; none when this user may not see it.
	 */
	Optional<UUID> client(String name, String id, Actor actor) {
		String typed = (name != null) ? name.strip() : "";
		Optional<ClientSummary> chosen = (id != null && !id.isBlank())
				? uuid(id).flatMap((clientId) -> this.clients.visibleTo(clientId, actor))
				: this.clients.findByName(typed, actor);
		return chosen.filter((client) -> client.name().equalsIgnoreCase(typed)).map(ClientSummary::id);
	}

	/**
	 * The client typed in {@code clientName}, or an error next to that field when there
	 * is none.
	 */
	Optional<UUID> chosenClient(String name, String id, Actor actor, BindingResult result) {
		Optional<UUID> client = client(name, id, actor);
		if (client.isEmpty() && !result.hasFieldErrors("clientName")) {
			reject(result, "clientName", (name == null || name.isBlank()) ? "guichet.validation.required"
					: "guichet.project.client-unknown");
		}
		return client;
	}

	/**
	 * A service's refusal next to the fields of the form, unless a field has an error
	 * already: the index is left out ({@code permissions[2]} is shown next to
	 * {@code permissions}) and a project's clients are chosen in {@code clientName}. A
	 * refusal of a field the form does not have is thrown again, for
	 * {@link ProjectPageErrors}.
	 */
	static void reject(FieldErrorsException ex, BindingResult result) {
		if (ex.errors().stream().anyMatch((error) -> result.getFieldType(field(error.field())) == null)) {
			throw ex;
		}
		ex.errors().forEach((error) -> {
			String field = field(error.field());
			if (!result.hasFieldErrors(field)) {
				reject(result, field, error.messageKey(), error.args());
			}
		});
	}

	/** An error next to the field, which keeps what was typed. */
	static void reject(BindingResult result, String field, String messageKey, Object... args) {
		ConsoleTexts.addFieldError(result, field, messageKey, args, null);
	}

	static String field(String path) {
		int index = path.indexOf('[');
		String field = (index < 0) ? path : path.substring(0, index);
		return "clients".equals(field) ? "clientName" : field;
	}

	static Optional<UUID> uuid(String value) {
		try {
			return (value != null && !value.isBlank()) ? Optional.of(UUID.fromString(value.strip())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
