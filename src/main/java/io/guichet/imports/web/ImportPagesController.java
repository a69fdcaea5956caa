package io.guichet.imports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageDates;
import io.guichet.common.PageResult;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;
import io.guichet.imports.ContactExport;
import io.guichet.imports.ContactImports;
import io.guichet.imports.CsvDownload;
import io.guichet.imports.ImportLine;
import io.guichet.imports.ImportState;
import io.guichet.imports.ImportStatus;
import io.guichet.imports.Outcome;
import io.guichet.imports.ReportLabels;
import io.guichet.staff.Staff;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's import pages: upload a CSV, read the dry run's report, run it, follow the
 * progress bar; and the export of contacts. Viewers may read and export; the console's
 * security chain refuses them every POST.
 */
@Controller
@ConsolePage
@RequestMapping("/console")
class ImportPagesController {

	private static final int LINES_PER_PAGE = 50;

	private static final int RECENT = 20;

	private final ContactImports imports;

	private final ContactExport export;

	private final ConsoleTexts texts;

	private final ReportLabels labels;

	private final PageDates dates;

	ImportPagesController(ContactImports imports, ContactExport export, ConsoleTexts texts, ReportLabels labels,
			PageDates dates) {
		this.imports = imports;
		this.export = export;
		this.texts = texts;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping("/imports")
	String list(Actor actor, Model model) {
		return page(actor, model.asMap(), List.of());
	}

	@PostMapping("/imports")
	String upload(@ModelAttribute("form") UploadForm form, BindingResult result, Actor actor, Model model,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				ImportStatus status = this.imports.upload(form.file(), form.createClients(), actor,
						LocaleContextHolder.getLocale());
				return "redirect:/console/imports/" + status.id();
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(actor, model.asMap(), List.of());
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) Outcome outcome,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		ImportStatus status = this.imports.get(id, actor);
		PageResult<ImportLine> lines = this.imports.pageLines(id, outcome, page, LINES_PER_PAGE, actor,
				LocaleContextHolder.getLocale());
		model.addAttribute("imp", status);
		model.addAttribute("busy", status.state() == ImportState.ANALYSING || status.state() == ImportState.RUNNING);
		model.addAttribute("written", status.startedAt() != null);
		model.addAttribute("newClients", this.imports.newClients(id, actor));
		model.addAttribute("outcome", outcome);
		model.addAttribute("lines", lines);
		model.addAttribute("labels", this.labels);
		model.addAttribute("pages", Math.max(1, (lines.total() + LINES_PER_PAGE - 1) / LINES_PER_PAGE));
		return "imports/import";
	}

	/** What the progress bar shows, read again by the page every second or two. */
	@GetMapping("/imports/{id}/progress")
	@ResponseBody
	Map<String, Object> progress(@PathVariable UUID id, Actor actor) {
		ImportStatus status = this.imports.get(id, actor);
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("state", status.state());
		progress.put("processed", status.processedRows());
		progress.put("total", status.totalRows());
		progress.put("percent", status.percent());
		progress.put("counts", status.counts());
		return progress;
	}

	@PostMapping("/imports/{id}/run")
	String run(@PathVariable UUID id, Actor actor) {
		this.imports.run(id, actor);
		return "redirect:/console/imports/" + id;
	}

	@PostMapping("/imports/{id}/discard")
	String discard(@PathVariable UUID id, Actor actor) {
		this.imports.discard(id, actor);
		return "redirect:/console/imports";
	}

	@GetMapping("/imports/{id}/report.csv")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Actor actor) {
		return CsvDownload.of(this.imports.report(id, actor, LocaleContextHolder.getLocale()),
				"import-report-" + id + ".csv");
	}

	/**
	 * The export as a download; a refusal shows the import page with the form's errors.
	 */
	@GetMapping("/contacts/export")
	String export(@ModelAttribute("exportForm") ExportForm form, BindingResult result, Actor actor, Model model,
			HttpServletResponse response) throws IOException {
		if (!result.hasErrors()) {
			try {
				this.export.download(form.clientId(), form.clientName(), form.separator(), actor, response);
				return null;
			}
			catch (FieldErrorsException ex) {
				this.texts.reject(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(actor, model.asMap(), List.of());
	}

	/** Another user's import, or one deleted meanwhile. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(Authentication user, HttpServletResponse response) {
		return errorPage(user, response, HttpServletResponse.SC_NOT_FOUND,
				this.texts.text("guichet.problem.not-found"));
	}

	/** Run twice, or discarded while a worker holds it. */
	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, Authentication user, HttpServletResponse response) {
		return errorPage(user, response, HttpServletResponse.SC_CONFLICT, this.texts.text(ex));
	}

	/** A file above the upload limit, refused while the form is read. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Authentication user, HttpServletResponse response) {
		return errorPage(user, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				this.texts.text("console.import.too-large"));
	}

	/**
	 * The import page with an error; an exception handler's model lacks what
	 * {@code ConsolePages} adds, so the bar's is added here.
	 */
	private ModelAndView errorPage(Authentication user, HttpServletResponse response, int status, String error) {
		response.setStatus(status);
		ModelAndView page = new ModelAndView();
		page.addObject("user", user.getName());
		page.addObject("canEdit", ConsolePages.mayEdit(user));
		page.addObject("dates", this.dates);
		page.setViewName(page(Staff.actor(user), page.getModelMap(), List.of(error)));
		return page;
	}

	/** The upload form, the recent imports and the export form. */
	private String page(Actor actor, Map<String, Object> model, List<String> errors) {
		model.putIfAbsent("form", UploadForm.empty());
		model.putIfAbsent("exportForm", ExportForm.empty());
		model.put("imports", this.imports.recent(actor, RECENT));
		model.put("maxRows", this.imports.maxRows());
		model.put("errors", errors);
		return "imports/imports";
	}

}
