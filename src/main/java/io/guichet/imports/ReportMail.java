package io.guichet.imports;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.imports.ImportStore.Uploader;
import io.guichet.notification.Attachment;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells the staff user who uploaded an import that it is over: the counts, the rejected
 * rows, a link to the report, and the whole report attached as CSV. In the language they
 * used when uploading. An SMTP failure is tried again by the next sweeps (a few times).
 */
@Component
class ReportMail {

	private static final Logger log = LoggerFactory.getLogger(ReportMail.class);

	/** Rejected rows listed in the e-mail itself; all of them are in the attachment. */
	private static final int LISTED = 50;

	/** Tries at sending a report before giving up. */
	static final int TRIES = 5;

	private final ImportStore store;

	private final ImportLines lines;

	private final ReportCsv csv;

	private final ReportText text;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final Clock clock;

	ReportMail(ImportStore store, ImportLines lines, ReportCsv csv, ReportText text, StaffDirectory staff,
			Notifications notifications, Clock clock) {
		this.store = store;
		this.lines = lines;
		this.csv = csv;
		this.text = text;
		this.staff = staff;
		this.notifications = notifications;
		this.clock = clock;
	}

	void send(UUID importId) {
		int tries = this.store.reportMailTries(importId);
		if (tries >= TRIES || !this.store.takeReportMail(importId, tries)) {
			return;
		}
		ImportStatus status = this.store.find(importId).orElseThrow();
		Uploader uploader = this.store.uploader(importId).orElseThrow();
		Optional<String> email = this.staff.emailOf(uploader.name());
		if (email.isEmpty()) {
			log.info("Import {} is over; {} has no e-mail address to send the report to", importId, uploader.name());
			return;
		}
		Locale locale = this.notifications.staffLanguage(uploader.language());
		try {
			this.notifications.send("import-report/" + importId,
					new Mail(email.get(), locale, "import-report", model(status, locale), status.fileName(),
							status.counts().created(), status.counts().updated(), status.counts().rejected()),
					new Attachment("import-report.csv", "text/csv", this.csv.write(importId, locale)));
			this.store.reportMailed(importId, this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Report of import {} not queued (try {}), will try again: {}", importId, tries + 1, ex.toString());
		}
	}

	private Map<String, Object> model(ImportStatus status, Locale locale) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("status", status);
		model.put("failed", status.state() == ImportState.FAILED);
		model.put("newClients", String.join(", ", this.lines.newClients(status.id())));
		List<Map<String, Object>> rejected = this.lines.lines(status.id(), Outcome.REJECTED, 0, LISTED)
			.stream()
			.map((line) -> Map.<String, Object>of("row", line.row(), "email",
					(line.email() != null) ? line.email() : "", "problems",
					this.text.describe(line.problems(), locale)))
			.toList();
		model.put("rejected", rejected);
		model.put("moreRejected", Math.max(0, status.counts().rejected() - rejected.size()));
		model.put("link", this.notifications.link("/console/imports/" + status.id()));
		return model;
	}

}
