package io.guichet.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded file into lines, or refuses it as a whole (field {@code file}) with
 * what is wrong: not UTF-8, not a CSV, a header without the required columns, a quote
 * left open, too many rows. Rows are numbered as a spreadsheet shows them (the header is
 * row 1).
 */
final class CsvUpload {

	/** Longer cells are cut here: still too long for any field, so still refused. */
	static final int MAX_CELL = 2001;

	private static final char[] SEPARATORS = { ',', ';' };

	private CsvUpload() {
	}

	static ParsedFile read(byte[] bytes, int maxRows) {
		String text = decode(bytes);
		String headerLine = text.lines().findFirst().orElse("");
		if (headerLine.isBlank()) {
			throw refused("guichet.import.file.empty");
		}
		char separator = separatorOf(headerLine);
		List<String> header = cells(headerLine, separator);
		List<Column> columns = columns(header);
		List<SourceLine> lines = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			long lineBefore = 0;
			try {
				while (records.hasNext()) {
					CSVRecord record = records.next();
					lineBefore = parser.getCurrentLineNumber();
					if (record.getRecordNumber() == 1 || isBlank(record)) {
						continue;
					}
					if (lines.size() == maxRows) {
						throw refused("guichet.import.file.too-many-rows", maxRows);
					}
					lines.add(line(record, columns));
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// a quote opened and never closed, or text after a closing quote
				throw refused("guichet.import.file.quotes", lineBefore + 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (lines.isEmpty()) {
			throw refused("guichet.import.file.no-rows");
		}
		return new ParsedFile(columns.stream().filter((c) -> c != null).toList(), header.size(), lines);
	}

	/** UTF-8, with or without a byte order mark; anything else is refused. */
	private static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw refused("guichet.import.file.empty");
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			throw refused("guichet.import.file.workbook");
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			throw refused("guichet.import.file.utf16");
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw refused("guichet.import.file.encoding", lineAt(bytes, in.position()));
		}
		decoder.flush(out);
		String text = out.flip().toString();
		if (text.indexOf('\u0000') >= 0) {
			throw refused("guichet.import.file.not-csv");
		}
		return text;
	}

	/** The separator that makes the most known column names of the header. */
	private static char separatorOf(String headerLine) {
		char best = SEPARATORS[0];
		long bestCount = -1;
		for (char separator : SEPARATORS) {
			long count = cells(headerLine, separator).stream().filter((c) -> Column.ofHeader(c).isPresent()).count();
			if (count > bestCount) {
				best = separator;
				bestCount = count;
			}
		}
		return best;
	}

	/**
	 * The column of each header cell (null for a blank one, whose cells are ignored), or
	 * the header's problems.
	 */
	private static List<Column> columns(List<String> header) {
		List<Column> columns = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> repeated = new ArrayList<>();
		for (String name : header) {
			Optional<Column> column = Column.ofHeader(name);
			if (name.isBlank()) {
				columns.add(null);
			}
			else if (column.isEmpty()) {
				unknown.add(name.strip());
				columns.add(null);
			}
			else if (columns.contains(column.get())) {
				repeated.add(column.get().header());
				columns.add(null);
			}
			else {
				columns.add(column.get());
			}
		}
		List<FieldError> errors = new ArrayList<>();
		List<String> missing = Column.REQUIRED.stream()
			.filter((c) -> !columns.contains(c))
			.map(Column::header)
			.toList();
		if (!missing.isEmpty()) {
			errors.add(error("guichet.import.file.missing-columns", String.join(", ", missing), known()));
		}
		if (!unknown.isEmpty()) {
			errors.add(error("guichet.import.file.unknown-columns", String.join(", ", unknown), known()));
		}
		if (!repeated.isEmpty()) {
			errors.add(error("guichet.import.file.repeated-columns", String.join(", ", repeated)));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return columns;
	}

	private static SourceLine line(CSVRecord record, List<Column> columns) {
		Map<Column, String> cells = new EnumMap<>(Column.class);
		for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
			Column column = columns.get(i);
			if (column != null && column != Column.ACCESS_STATE) {
				String value = record.get(i);
				cells.put(column, (value.length() > MAX_CELL) ? value.substring(0, MAX_CELL) : value);
			}
		}
		return new SourceLine((int) record.getRecordNumber(), cells, record.size());
	}

	private static List<String> cells(String line, char separator) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(format).get()) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw refused("guichet.import.file.quotes", 1);
		}
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String known() {
		return Column.IMPORTED.stream().map(Column::header).collect(Collectors.joining(", "));
	}

	private static FieldError error(String key, Object... args) {
		return new FieldError("file", key, args);
	}

	private static FieldErrorsException refused(String key, Object... args) {
		return FieldErrorsException.of("file", key, args);
	}

	/** The lines of a file and the columns its header named. */
	record ParsedFile(List<Column> columns, int headerSize, List<SourceLine> lines) {
	}

	/**
	 * One line: its row number, its cells by column, and how many values it had (a
	 * separator too many or too few shows there).
	 */
	record SourceLine(int row, Map<Column, String> cells, int valueCount) {
	}

}
