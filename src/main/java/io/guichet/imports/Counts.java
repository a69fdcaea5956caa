package io.guichet.imports;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many lines will be (dry run) or were (real run) created, updated, left unchanged,
 * rejected; and how many contacts are invited.
 */
public record Counts(@Schema(example = "112") int created, @Schema(example = "5") int updated,
		@Schema(example = "1") int unchanged, @Schema(example = "2") int rejected,
		@Schema(example = "40") int invited) {

	static final Counts NONE = new Counts(0, 0, 0, 0, 0);

	static Counts of(Map<Outcome, Integer> byOutcome, int invited) {
		return new Counts(byOutcome.getOrDefault(Outcome.CREATE, 0), byOutcome.getOrDefault(Outcome.UPDATE, 0),
				byOutcome.getOrDefault(Outcome.UNCHANGED, 0), byOutcome.getOrDefault(Outcome.REJECTED, 0), invited);
	}

	Counts plus(Outcome outcome, boolean invites) {
		return new Counts(this.created + ((outcome == Outcome.CREATE) ? 1 : 0),
				this.updated + ((outcome == Outcome.UPDATE) ? 1 : 0),
				this.unchanged + ((outcome == Outcome.UNCHANGED) ? 1 : 0),
				this.rejected + ((outcome == Outcome.REJECTED) ? 1 : 0), this.invited + (invites ? 1 : 0));
	}

	public int total() {
		return this.created + this.updated + this.unchanged + this.rejected;
	}

}
