package io.guichet.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The whole report of an import as CSV (UTF-8 with a byte order mark, so spreadsheets
 * read it right): one line per row of the file, in row order, its cells in the reader's
 * language (outcomes, column labels); the header keeps the column names. Both the
 * download and the e-mailed copy are written here, with formulas neutralised
 * ({@link Formulas}).
 */
@Component
class ReportCsv {

	private static final int PAGE = 1000;

	private final ImportLines lines;

	private final ReportText text;

	ReportCsv(ImportLines lines, ReportText text) {
		this.lines = lines;
		this.text = text;
	}

	byte[] write(UUID importId, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("row", "email", "outcome", "invited", "contact_id", "new_client", "changes", "problems", "notes")
			.get();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
			for (int offset = 0;; offset += PAGE) {
				List<ReportLine> lines = this.lines.lines(importId, null, offset, PAGE);
				for (ReportLine line : lines) {
					print(printer, line.row(), line.email(),
							(line.outcome() != null) ? this.text.outcome(line.outcome(), line.result() == null, locale)
									: "",
							this.text.yesNo(line.invites(), locale), line.contactId(), line.newClientName(),
							line.changes()
								.stream()
								.map((change) -> this.text.change(change, locale))
								.collect(Collectors.joining("; ")),
							this.text.describe(line.problems(), locale), this.text.describe(line.notes(), locale));
				}
				if (lines.size() < PAGE) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Every cell guarded as the contact export guards them: a row's values are anyone's.
	 */
	private static void print(CSVPrinter printer, Object... cells) throws IOException {
		for (Object cell : cells) {
			printer.print((cell != null) ? Formulas.guard(cell.toString()) : null);
		}
		printer.println();
	}

}
