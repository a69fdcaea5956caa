package io.guichet.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two company names are, as a person would judge them: case, accents,
 * punctuation and legal forms ("SA", "GmbH", "Ltd"…) do not count, small typos count
 * little (Jaro-Winkler similarity of what is left, from Apache Commons Text).
 */
final class CompanyNames {

	/** The similarity above which a name is proposed. */
	static final double SIMILAR = 0.88;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	/** Legal forms and filler words of company names in the languages of the seeds. */
	private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sca", "sci", "snc",
			"scop", "gie", "gmbh", "ag", "kg", "ohg", "ug", "ev", "ltd", "limited", "llc", "llp", "inc", "incorporated",
			"corp", "corporation", "co", "company", "plc", "bv", "nv", "spa", "srl", "sl", "oy", "ab", "as", "aps",
			"ooo", "oao", "zao", "pao", "the", "et", "and", "und", "cie");

	private CompanyNames() {
	}

	/**
	 * From 0 (nothing alike) to 1 (the same name once legal forms and case are set
	 * aside).
	 */
	static double similarity(String typed, String name) {
		String a = core(typed);
		String b = core(name);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		return JARO_WINKLER.apply(a, b);
	}

	/**
	 * The first four letters of the name's three longest words (legal forms left out, at
	 * least three letters): what a similar name most likely shares, typos included.
	 */
	static List<String> wordStarts(String name) {
		return Arrays.stream(core(name).split(" "))
			.filter((word) -> word.length() >= 3)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(3)
			.map((word) -> word.substring(0, Math.min(4, word.length())))
			.distinct()
			.toList();
	}

	/** Lower case, no accents, words of letters and digits, legal forms left out. */
	static String core(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return Arrays.stream(plain.split(" "))
			.filter((word) -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
			.collect(Collectors.joining(" "));
	}

}
