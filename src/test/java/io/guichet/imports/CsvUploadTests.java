package io.guichet.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.imports.CsvUpload.ParsedFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading an uploaded file: encodings, separators, quotes, the header, the size; a file
 * that cannot be imported at all is refused as a whole, with the reason.
 */
class CsvUploadTests {

	private static final String HEADER = "client,first_name,last_name,email,mobile";

	@Test
	void shouldReadUtf8WithAndWithoutByteOrderMark() {
		String text = HEADER + "\nAcme,Zoé,Élan,zoe@acme.example,+33 6 00 00 00 01\n";
		byte[] plain = text.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		for (byte[] bytes : List.of(plain, withBom)) {
			ParsedFile file = CsvUpload.read(bytes, 100);
			assertThat(file.columns()).containsExactly(Column.CLIENT, Column.FIRST_NAME, Column.LAST_NAME, Column.EMAIL,
					Column.MOBILE);
			assertThat(file.lines()).hasSize(1);
			assertThat(file.lines().get(0).cells()).containsEntry(Column.FIRST_NAME, "Zoé")
				.containsEntry(Column.LAST_NAME, "Élan");
		}
	}

	@Test
	void shouldFindTheSeparatorAndKeepQuotedSeparatorsInTheirValue() {
		String semicolons = "Client;First Name;Last-Name;E-mail;Mobile;Comments\n"
				+ "\"Dupont; Fils\";Jean;Dupont;jean@dupont.example;+33 6 00 00 00 02;\"a;b \"\"quoted\"\"\nsecond line\"\n";
		ParsedFile file = CsvUpload.read(utf8(semicolons.replace("E-mail", "email")), 100);
		assertThat(file.columns()).contains(Column.CLIENT, Column.FIRST_NAME, Column.LAST_NAME, Column.COMMENTS);
		assertThat(file.lines().get(0).cells()).containsEntry(Column.CLIENT, "Dupont; Fils")
			.containsEntry(Column.COMMENTS, "a;b \"quoted\"\nsecond line");
		assertThat(file.lines().get(0).valueCount()).isEqualTo(file.headerSize());

		ParsedFile commas = CsvUpload.read(
				utf8(HEADER
						+ "\n\"Dupont, Fils\",Jean,Dupont,jean@dupont.example,1\nDupont, Fils,Jean,Dupont,x@y.z,1\n"),
				100);
		assertThat(commas.lines().get(0).cells()).containsEntry(Column.CLIENT, "Dupont, Fils");
		assertThat(commas.lines().get(1).valueCount()).as("an unquoted comma shifts the values")
			.isEqualTo(commas.headerSize() + 1);
	}

	@Test
	void shouldNumberRowsAsASpreadsheetDoesAndSkipBlankOnes() {
		ParsedFile file = CsvUpload
			.read(utf8(HEADER + "\r\nA,B,C,a@b.example,1\r\n,,,,\r\n\r\nD,E,F,d@e.example,2\r\n"), 100);
		assertThat(file.lines()).extracting(CsvUpload.SourceLine::row).containsExactly(2, 5);
	}

	@Test
	void shouldRefuseAFileThatIsNotUtf8WithTheLine() {
		byte[] latin1 = (HEADER + "\nAcme,Zoé,Élan,zoe@acme.example,1\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refusal(latin1)).containsExactly(error("guichet.import.file.encoding", 2));
		byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16LE);
		byte[] withMark = new byte[utf16.length + 2];
		withMark[0] = (byte) 0xFF;
		withMark[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, withMark, 2, utf16.length);
		assertThat(refusal(withMark)).containsExactly(error("guichet.import.file.utf16"));
		assertThat(refusal(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }))
			.containsExactly(error("guichet.import.file.workbook"));
		assertThat(refusal(utf8(HEADER + "\nA,B\u0000C,D,e@f.example,1\n")))
			.containsExactly(error("guichet.import.file.not-csv"));
	}

	@Test
	void shouldNameMissingUnknownAndRepeatedColumns() {
		List<FieldError> errors = errors(utf8("client,first_name,e-mail,phone,phone\nA,B,c@d.example,1,2\n"));
		assertThat(errors).extracting(FieldError::messageKey)
			.containsExactly("guichet.import.file.missing-columns", "guichet.import.file.unknown-columns",
					"guichet.import.file.repeated-columns");
		assertThat(errors.get(0).args()[0]).isEqualTo("last_name, email");
		assertThat(errors.get(1).args()[0]).isEqualTo("e-mail");
		assertThat(errors.get(2).args()[0]).isEqualTo("phone");
		assertThat(errors).extracting(FieldError::field).containsOnly("file");
	}

	@Test
	void shouldRefuseAQuoteLeftOpenWithItsRow() {
		assertThat(refusal(utf8(HEADER + "\nA,B,C,a@b.example,1\n\"Acme,B,C,d@e.example,2\nE,F,G,h@i.example,3\n")))
			.containsExactly(error("guichet.import.file.quotes", 3L));
	}

	@Test
	void shouldRefuseEmptyFilesAndHeadersWithoutRows() {
		assertThat(refusal(new byte[0])).containsExactly(error("guichet.import.file.empty"));
		assertThat(refusal(utf8("\n\n"))).containsExactly(error("guichet.import.file.empty"));
		assertThat(refusal(utf8(HEADER + "\n\n"))).containsExactly(error("guichet.import.file.no-rows"));
	}

	@Test
	void shouldRefuseMoreRowsThanAllowedWithoutReadingThemAll() {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 50_000; i++) {
			text.append("Acme,First").append(i).append(",Last,c").append(i).append("@acme.example,+33 6 00 00 00 00\n");
		}
		long start = System.nanoTime();
		assertThat(refusal(utf8(text.toString()))).containsExactly(error("guichet.import.file.too-many-rows", 20_000));
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
		assertThat(CsvUpload.read(utf8(text.toString()), 50_000).lines()).hasSize(50_000);
	}

	/** The refusal's errors as {@code field key [args]}. */
	private static List<String> refusal(byte[] bytes) {
		return errors(bytes).stream().map(CsvUploadTests::text).toList();
	}

	private static List<FieldError> errors(byte[] bytes) {
		FieldErrorsException ex = catchThrowableOfType(FieldErrorsException.class, () -> CsvUpload.read(bytes, 20_000));
		assertThat(ex).as("the file is refused").isNotNull();
		return ex.errors();
	}

	private static String error(String key, Object... args) {
		return text(new FieldError("file", key, args));
	}

	private static String text(FieldError error) {
		return error.field() + " " + error.messageKey() + " " + Arrays.toString(error.args());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
