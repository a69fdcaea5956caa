package io.guichet.document.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.TooLargeException;
import io.guichet.console.ConsolePage;
import io.guichet.console.ConsolePages;
import io.guichet.console.ConsoleTexts;
import io.guichet.document.AdminDocuments;
import io.guichet.document.DocumentFile;
import io.guichet.document.DocumentSummary;
import io.guichet.document.DocumentUploads;
import io.guichet.document.NewDocument;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Documents tab of a client: the list, upload with errors next to the fields,
 * download, and deletion after a confirmation.
 */
@Controller
@ConsolePage
@RequestMapping("/console/clients/{clientId}/documents")
class ClientDocumentPagesController {

	private final AdminDocuments documents;

	private final ClientDirectory clients;

	private final ConsoleTexts texts;

	ClientDocumentPagesController(AdminDocuments documents, ClientDirectory clients, ConsoleTexts texts) {
		this.documents = documents;
		this.clients = clients;
		this.texts = texts;
	}

	@InitBinder("form")
	void readFields(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(@PathVariable UUID clientId, Actor actor, Model model) {
		model.addAttribute("form", new UploadForm(null, null, null, null));
		return page(clientId, actor, model);
	}

	@PostMapping
	String upload(@PathVariable UUID clientId, @ModelAttribute("form") UploadForm form, BindingResult result,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			// no file at all is a page's mistake; the service holds the other rules
			if (form.file() == null || form.file().isEmpty()) {
				result.rejectValue("file", "console.documents.file.required");
			}
			else {
				// checked before reading, so an oversized file never reaches memory twice
				if (form.file().getSize() > this.documents.maxSize().toBytes()) {
					throw new TooLargeException(this.documents.maxSize());
				}
				try {
					NewDocument upload = form.toDocument();
					this.documents.upload(clientId, upload, actor);
					redirect.addFlashAttribute("notice", this.texts.text("console.documents.added", upload.fileName()));
					return "redirect:/console/clients/" + clientId + "/documents";
				}
				catch (FieldErrorsException ex) {
					this.texts.reject(ex, result);
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(clientId, actor, model);
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID clientId, @PathVariable UUID documentId, Actor actor) {
		DocumentFile file = this.documents.content(clientId, documentId, actor);
		return DocumentUploads.attachment(file);
	}

	@PostMapping("/{documentId}/delete")
	String delete(@PathVariable UUID clientId, @PathVariable UUID documentId,
			@RequestParam(defaultValue = "false") boolean confirmed, Actor actor, Model model,
			RedirectAttributes redirect) {
		DocumentSummary document = this.documents.list(clientId, actor)
			.stream()
			.filter((d) -> d.id().equals(documentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("document"));
		String back = "/console/clients/" + clientId + "/documents";
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.documents.delete.confirm", document.fileName()),
					back + "/" + documentId + "/delete", back, Map.of());
		}
		this.documents.delete(clientId, documentId, actor);
		redirect.addFlashAttribute("notice", this.texts.text("console.documents.deleted", document.fileName()));
		return "redirect:" + back;
	}

	private String page(UUID clientId, Actor actor, Model model) {
		model.addAttribute("client", this.clients.get(clientId, actor));
		model.addAttribute("tab", "documents");
		model.addAttribute("documents", this.documents.list(clientId, actor));
		model.addAttribute("maxSize", this.documents.maxSize().toMegabytes());
		return "document/client-documents";
	}

	/** The upload form: a file and what the user typed about it. */
	record UploadForm(MultipartFile file, String title,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reminderDate, String note) {

		NewDocument toDocument() {
			return new NewDocument(this.title, DocumentUploads.fileName(this.file),
					DocumentUploads.contentType(this.file), DocumentUploads.bytes(this.file), this.reminderDate,
					this.note);
		}

	}

}
