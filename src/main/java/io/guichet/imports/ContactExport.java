package io.guichet.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.guichet.access.AccessBrief;
import io.guichet.access.ContactQueries;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

/**
 * Contacts as CSV with the import's columns (so that an export can be edited and imported
 * back) and their access state; of one client or of every client the staff user may see.
 * UTF-8 with a byte order mark, read 500 contacts at a time.
 */
@Service
public class ContactExport {

	private static final int PAGE = 500;

	private final ContactBook contacts;

	private final ContactQueries queries;

	private final ClientDirectory clients;

	private final Clock clock;

	ContactExport(ContactBook contacts, ContactQueries queries, ClientDirectory clients, Clock clock) {
		this.clock = clock;
		this.contacts = contacts;
		this.queries = queries;
		this.clients = clients;
	}

	/**
	 * The export as an HTTP download; {@code separator} is {@code comma} or
	 * {@code semicolon}. Checked first, so that a refusal still gets its own answer.
	 */
	public void download(UUID clientId, String separator, Actor viewer, HttpServletResponse response)
			throws IOException {
		char delimiter = switch (separator) {
			case "comma", "," -> ',';
			case "semicolon", ";" -> ';';
			default -> throw FieldErrorsException.of("separator", "guichet.import.separator");
		};
		checkClient(clientId, viewer);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("contacts-" + LocalDate.now(this.clock) + ".csv")
					.build()
					.toString());
		write(clientId, viewer, delimiter, response.getOutputStream());
	}

	/**
	 * The same for a page, whose client is the one its type-ahead chose, else the one
	 * typed (its exact name, case does not matter), else every client; a client this user
	 * cannot see is a field error there.
	 */
	public void download(UUID clientId, String clientName, String separator, Actor viewer, HttpServletResponse response)
			throws IOException {
		UUID chosen = (clientId != null || clientName == null || clientName.isBlank()) ? clientId
				: this.clients.findByName(clientName, viewer)
					.map(ClientSummary::id)
					.orElseThrow(ContactExport::unknownClient);
		try {
			download(chosen, separator, viewer, response);
		}
		catch (NotFoundException ex) {
			throw unknownClient();
		}
	}

	/** 404 for a client that does not exist or that this user may not see. */
	public void checkClient(UUID clientId, Actor viewer) {
		if (clientId != null && (this.clients.find(clientId).isEmpty() || !this.clients.isVisible(clientId, viewer))) {
			throw new NotFoundException("client");
		}
	}

	public void write(UUID clientId, Actor viewer, char separator, OutputStream out) {
		checkClient(clientId, viewer);
		List<UUID> hidden = this.clients.hiddenFrom(viewer);
		Set<Privacy> privacies = viewer.admin() ? EnumSet.allOf(Privacy.class)
				: EnumSet.of(Privacy.VISIBLE_TO_ALL, Privacy.HIDDEN_FROM_CLIENTS);
		Map<UUID, ClientSummary> clientsById = new HashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setHeader(java.util.Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new))
			.get();
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
			UUID after = null;
			for (List<ContactCard> cards = this.contacts.batchAfter(clientId, hidden, privacies, after, PAGE); !cards
				.isEmpty(); cards = this.contacts.batchAfter(clientId, hidden, privacies, after, PAGE)) {
				after = cards.get(cards.size() - 1).id();
				Map<UUID, AccessBrief> accesses = this.queries.accessesOf(cards.stream().map(ContactCard::id).toList());
				List<UUID> unknown = cards.stream()
					.map(ContactCard::clientId)
					.filter(Objects::nonNull)
					.filter((id) -> !clientsById.containsKey(id))
					.distinct()
					.toList();
				clientsById.putAll(this.clients.findAll(unknown));
				for (ContactCard card : cards) {
					printer.printRecord(record(card, clientsById.get(card.clientId()), accesses.get(card.id())));
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FieldErrorsException unknownClient() {
		return FieldErrorsException.of("clientName", "guichet.contact.client-unknown");
	}

	private static List<String> record(ContactCard card, ClientSummary client, AccessBrief access) {
		ContactDetails d = card.details();
		List<String> values = new ArrayList<>();
		values.add((client != null) ? client.name() : "");
		values.add(d.salutation());
		values.add(d.firstName());
		values.add(d.middleName());
		values.add(d.lastName());
		values.add(d.suffix());
		values.add(d.jobTitle());
		values.add(d.department());
		values.add(d.email());
		values.add(d.email2());
		values.add(d.email3());
		values.add(d.phone());
		values.add(d.mobile());
		values.add(d.otherPhone());
		values.add(d.otherChannel());
		values.add(d.language());
		values.add(d.privacy().name());
		values.add(d.comments());
		values.add((access != null) ? access.role().name() : "");
		values.add((access != null) ? "yes" : "no");
		values.add((access != null) ? access.state().name() : "");
		return values.stream().map((v) -> (v != null) ? Formulas.guard(v) : "").toList();
	}

}
