package io.guichet.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;
import io.guichet.common.Patterns;
import io.guichet.imports.CsvUpload.ParsedFile;
import io.guichet.imports.CsvUpload.SourceLine;
import io.guichet.imports.ImportLines.NewLine;
import io.guichet.imports.ImportStore.Uploader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import module's façade. An upload is checked as a file at once (refused as a whole
 * when it cannot be read), then its dry run and, when asked, its real run go on in the
 * background. An import is seen by the staff user who uploaded it and by admins.
 */
@Service
public class ContactImports {

	private final ImportStore store;

	private final ImportLines lines;

	private final ImportWorker worker;

	private final ReportText text;

	private final ReportCsv csv;

	private final ImportSettings settings;

	private final Clock clock;

	ContactImports(ImportStore store, ImportLines lines, ImportWorker worker, ReportText text, ReportCsv csv,
			ImportSettings settings, Clock clock) {
		this.store = store;
		this.lines = lines;
		this.worker = worker;
		this.text = text;
		this.csv = csv;
		this.settings = settings;
		this.clock = clock;
	}

	/** Reads the file and starts its dry run; nothing is written to contacts yet. */
	@Transactional
	public ImportStatus upload(String fileName, byte[] content, boolean createClients, Actor viewer, Locale locale) {
		ParsedFile file = CsvUpload.read(content, this.settings.maxRows());
		UUID id = UUID.randomUUID();
		Uploader uploader = new Uploader(viewer.name(), viewer.admin(), locale.getLanguage());
		this.store.create(id, cleanName(fileName), uploader, createClients, file.columns(), file.lines().size(),
				this.clock.instant());
		this.lines.insertLines(id, lines(file));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ContactImports.this.worker.submit(id);
			}
		});
		return this.store.find(id).orElseThrow();
	}

	/**
	 * The same, from an upload; a missing or empty one is refused like any unreadable
	 * file.
	 */
	@Transactional
	public ImportStatus upload(MultipartFile file, boolean createClients, Actor viewer, Locale locale) {
		if (file == null || file.isEmpty()) {
			throw FieldErrorsException.of("file", "guichet.import.file.required");
		}
		try {
			return upload(file.getOriginalFilename(), file.getBytes(), createClients, viewer, locale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The most rows one file may have. */
	public int maxRows() {
		return this.settings.maxRows();
	}

	public ImportStatus get(UUID id, Actor viewer) {
		ImportStatus status = this.store.find(id).orElseThrow(() -> new NotFoundException("import"));
		if (!viewer.admin() && !status.createdBy().equals(viewer.name())) {
			throw new NotFoundException("import");
		}
		return status;
	}

	/** The newest imports: one's own, or everybody's for an admin. */
	public List<ImportStatus> recent(Actor viewer, int limit) {
		return this.store.recent(viewer.name(), viewer.admin(), limit);
	}

	/** A page of the report (of one outcome when asked), messages in this language. */
	public PageResult<ImportLine> lines(UUID id, Outcome only, int page, int size, Actor viewer, Locale locale) {
		return lines(id, only, page, size, viewer, locale, false);
	}

	/** The same for a page people read: labels instead of codes in the messages. */
	public PageResult<ImportLine> pageLines(UUID id, Outcome only, int page, int size, Actor viewer, Locale locale) {
		return lines(id, only, page, size, viewer, locale, true);
	}

	private PageResult<ImportLine> lines(UUID id, Outcome only, int page, int size, Actor viewer, Locale locale,
			boolean forPeople) {
		get(id, viewer);
		int pageSize = Math.min(Math.max(1, size), 500);
		int pageNo = Math.max(0, page);
		List<ImportLine> items = this.lines.lines(id, only, pageNo * pageSize, pageSize)
			.stream()
			.map((line) -> ImportLine.of(line, this.text, locale, forPeople))
			.toList();
		return new PageResult<>(items, pageNo, pageSize, this.lines.countLines(id, only));
	}

	/** Names of the clients the import will create (or created). */
	public List<String> newClients(UUID id, Actor viewer) {
		get(id, viewer);
		return this.lines.newClients(id);
	}

	/** The whole report as CSV. */
	public byte[] report(UUID id, Actor viewer, Locale locale) {
		get(id, viewer);
		return this.csv.write(id, locale);
	}

	/** Starts the real run; 409 unless the dry run is over and the import was not run. */
	public ImportStatus run(UUID id, Actor viewer) {
		get(id, viewer);
		if (!this.store.startRun(id, this.clock.instant())) {
			throw new ConflictException("guichet.import.not-ready");
		}
		this.worker.submit(id);
		return this.store.find(id).orElseThrow();
	}

	/** Deletes the import and its report; 409 while a worker holds it. */
	public void discard(UUID id, Actor viewer) {
		get(id, viewer);
		if (!this.store.delete(id)) {
			throw new ConflictException("guichet.import.busy");
		}
	}

	/**
	 * The lines to store; a line with a separator too many or too few, or whose e-mail an
	 * earlier line already has, is rejected from the start.
	 */
	private static List<NewLine> lines(ParsedFile file) {
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<NewLine> lines = new ArrayList<>();
		for (SourceLine line : file.lines()) {
			LineCells cells = new LineCells(line.row(), line.cells());
			List<Problem> problems = new ArrayList<>();
			if (line.valueCount() != file.headerSize()) {
				problems.add(Problem.of("row", "guichet.import.row.value-count", line.valueCount(), file.headerSize()));
			}
			String key = cells.emailKey();
			if (key != null) {
				Integer first = firstRowOf.putIfAbsent(key, line.row());
				if (first != null) {
					problems.add(Problem.of(Column.EMAIL.header(), "guichet.import.email-repeated", first));
				}
			}
			String email = cells.text(Column.EMAIL);
			lines.add(new NewLine(line.row(), (email != null && email.length() > 254) ? email.substring(0, 254) : email,
					line.cells(), problems));
		}
		return lines;
	}

	private static String cleanName(String fileName) {
		String name = (fileName == null) ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
		if (name.isEmpty() || !name.matches(Patterns.SINGLE_LINE)) {
			return "contacts.csv";
		}
		return (name.length() > 255) ? name.substring(0, 255) : name;
	}

}
