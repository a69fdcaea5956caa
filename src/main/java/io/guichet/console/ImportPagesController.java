package io.guichet.console;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;
import io.guichet.imports.ContactExport;
import io.guichet.imports.ContactImports;
import io.guichet.imports.CsvDownload;
import io.guichet.imports.ImportLine;
import io.guichet.imports.ImportState;
import io.guichet.imports.ImportStatus;
import io.guichet.imports.Outcome;
import io.guichet.staff.Staff;
import io.guichet.staff.StaffGroups;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's import pages: upload a CSV, read the dry run's report, run it, follow the
 * progress bar; and the export of contacts. Viewers may read and export, not import.
 */
@Controller
@ConsolePage
@RequestMapping("/console")
class ImportPagesController {

	private static final int LINES_PER_PAGE = 50;

	private final ContactImports imports;

	private final ContactExport export;

	private final ClientDirectory clients;

	private final MessageSource messages;

	ImportPagesController(ContactImports imports, ContactExport export, ClientDirectory clients,
			MessageSource messages) {
		this.imports = imports;
		this.export = export;
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String list(Authentication user, Model model) {
		return page(user, model.asMap(), List.of());
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean createClients, Authentication user, Model model,
			HttpServletResponse response) {
		if (!mayWrite(user)) {
			return refused(response, HttpServletResponse.SC_FORBIDDEN, user, model,
					List.of(text("console.import.read-only")));
		}
		try {
			ImportStatus status = this.imports.upload(file, createClients, Staff.actor(user),
					LocaleContextHolder.getLocale());
			return "redirect:/console/imports/" + status.id();
		}
		catch (FieldErrorsException ex) {
			return refused(response, HttpServletResponse.SC_BAD_REQUEST, user, model, texts(ex));
		}
		catch (MaxUploadSizeExceededException ex) {
			return refused(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, user, model,
					List.of(text("console.import.too-large")));
		}
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) Outcome outcome,
			@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
		Actor viewer = Staff.actor(user);
		ImportStatus status = this.imports.get(id, viewer);
		PageResult<ImportLine> lines = this.imports.lines(id, outcome, page, LINES_PER_PAGE, viewer,
				LocaleContextHolder.getLocale());
		model.addAttribute("user", user.getName());
		model.addAttribute("imp", status);
		model.addAttribute("busy", status.state() == ImportState.ANALYSING || status.state() == ImportState.RUNNING);
		model.addAttribute("runnable", status.state() == ImportState.ANALYSED && mayWrite(user));
		model.addAttribute("written", status.startedAt() != null);
		model.addAttribute("newClients", this.imports.newClients(id, viewer));
		model.addAttribute("outcome", outcome);
		model.addAttribute("lines", lines);
		model.addAttribute("pages", Math.max(1, (lines.total() + LINES_PER_PAGE - 1) / LINES_PER_PAGE));
		return "console/import";
	}

	/** What the progress bar shows, read again by the page every second or two. */
	@GetMapping("/imports/{id}/progress")
	@ResponseBody
	Map<String, Object> progress(@PathVariable UUID id, Authentication user) {
		ImportStatus status = this.imports.get(id, Staff.actor(user));
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("state", status.state());
		progress.put("processed", status.processedRows());
		progress.put("total", status.totalRows());
		progress.put("percent", status.percent());
		progress.put("counts", status.counts());
		return progress;
	}

	@PostMapping("/imports/{id}/run")
	String run(@PathVariable UUID id, Authentication user, HttpServletResponse response) {
		if (!mayWrite(user)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "redirect:/console/imports/" + id;
		}
		this.imports.run(id, Staff.actor(user));
		return "redirect:/console/imports/" + id;
	}

	@PostMapping("/imports/{id}/discard")
	String discard(@PathVariable UUID id, Authentication user) {
		if (mayWrite(user)) {
			this.imports.discard(id, Staff.actor(user));
		}
		return "redirect:/console/imports";
	}

	@GetMapping("/imports/{id}/report.csv")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Authentication user) {
		return CsvDownload.of(this.imports.report(id, Staff.actor(user), LocaleContextHolder.getLocale()),
				"import-report-" + id + ".csv");
	}

	/**
	 * The export: of the client chosen with the type-ahead (or named exactly), or of
	 * every client this user may see.
	 */
	@GetMapping("/contacts/export")
	String export(@RequestParam(required = false) String clientName, @RequestParam(required = false) String clientId,
			@RequestParam(defaultValue = "comma") String separator, Authentication user, Model model,
			HttpServletResponse response) throws IOException {
		Actor viewer = Staff.actor(user);
		try {
			this.export.download(chosenClient(clientName, clientId, viewer), separator, viewer, response);
			return null;
		}
		catch (FieldErrorsException ex) {
			return refused(response, HttpServletResponse.SC_BAD_REQUEST, user, model, texts(ex));
		}
		catch (NotFoundException ex) {
			return refused(response, HttpServletResponse.SC_BAD_REQUEST, user, model,
					List.of(text("guichet.contact.client-unknown")));
		}
	}

	/**
	 * The client whose id the type-ahead chose, else the one named exactly; null: all.
	 */
	private UUID chosenClient(String name, String id, Actor viewer) {
		if (id != null && !id.isBlank()) {
			try {
				return UUID.fromString(id);
			}
			catch (IllegalArgumentException ex) {
				throw new NotFoundException("client");
			}
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		return this.clients.findByName(name, viewer)
			.map(ClientSummary::id)
			.orElseThrow(() -> new NotFoundException("client"));
	}

	/** Another user's import, or one deleted meanwhile. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(Authentication user, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return errorPage(user, text("guichet.problem.not-found"));
	}

	/** Run twice, or discarded while a worker holds it. */
	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, Authentication user, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return errorPage(user, text(ex.messageKey(), ex.args()));
	}

	private ModelAndView errorPage(Authentication user, String error) {
		ModelAndView page = new ModelAndView();
		page.setViewName(page(user, page.getModelMap(), List.of(error)));
		return page;
	}

	private String refused(HttpServletResponse response, int status, Authentication user, Model model,
			List<String> errors) {
		response.setStatus(status);
		return page(user, model.asMap(), errors);
	}

	private List<String> texts(FieldErrorsException ex) {
		return ex.errors().stream().map((e) -> text(e.messageKey(), e.args())).toList();
	}

	private String page(Authentication user, Map<String, Object> model, List<String> errors) {
		model.put("user", user.getName());
		model.put("imports", this.imports.recent(Staff.actor(user), 20));
		model.put("mayWrite", mayWrite(user));
		model.put("maxRows", this.imports.maxRows());
		model.put("errors", errors);
		return "console/imports";
	}

	/** Viewers read only. */
	private static boolean mayWrite(Authentication user) {
		return user.getAuthorities()
			.stream()
			.anyMatch((a) -> a.getAuthority().equals(StaffGroups.authority(StaffGroups.ADMIN))
					|| a.getAuthority().equals(StaffGroups.authority(StaffGroups.STAFF)));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
