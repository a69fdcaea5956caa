package io.guichet.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;
import io.guichet.common.TooLargeException;
import io.guichet.document.AdminDocuments;
import io.guichet.document.DocumentFile;
import io.guichet.document.DocumentSummary;
import io.guichet.document.DocumentUploads;
import io.guichet.document.NewDocument;
import io.guichet.staff.Staff;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents tab of a client: upload, download, delete after a confirmation. */
@Controller
@ConsolePage
@RequestMapping("/console/clients/{clientId}/documents")
class ClientDocumentPagesController {

	private final AdminDocuments documents;

	private final ConsoleTexts texts;

	ClientDocumentPagesController(AdminDocuments documents, ConsoleTexts texts) {
		this.documents = documents;
		this.texts = texts;
	}

	@PostMapping
	String upload(@PathVariable UUID clientId, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String reminderDate,
			@RequestParam(defaultValue = "") String note, Authentication user, RedirectAttributes redirect) {
		String back = "redirect:/console/clients/" + clientId + "?tab=documents";
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadErrors",
					Map.of("file", this.texts.text("console.documents.file.required")));
			return back;
		}
		if (file.getSize() > this.documents.maxSize().toBytes()) {
			throw new TooLargeException(this.documents.maxSize());
		}
		LocalDate reminder;
		try {
			reminder = reminderDate.isBlank() ? null : LocalDate.parse(reminderDate.strip());
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("uploadErrors",
					Map.of("reminderDate", this.texts.text("console.documents.reminder.invalid")));
			return back;
		}
		NewDocument upload = new NewDocument(blank(title), DocumentUploads.fileName(file),
				DocumentUploads.contentType(file), DocumentUploads.bytes(file), reminder, blank(note));
		this.documents.upload(clientId, upload, Staff.actor(user));
		redirect.addFlashAttribute("notice", this.texts.text("console.documents.added", upload.fileName()));
		return back;
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID clientId, @PathVariable UUID documentId, Authentication user) {
		DocumentFile file = this.documents.content(clientId, documentId, Staff.actor(user));
		return DocumentUploads.attachment(file);
	}

	@PostMapping("/{documentId}/delete")
	String delete(@PathVariable UUID clientId, @PathVariable UUID documentId,
			@RequestParam(defaultValue = "false") boolean confirmed, Authentication user, Model model,
			RedirectAttributes redirect) {
		Actor viewer = Staff.actor(user);
		DocumentSummary document = this.documents.list(clientId, viewer)
			.stream()
			.filter((d) -> d.id().equals(documentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("document"));
		String back = "/console/clients/" + clientId + "?tab=documents";
		if (!confirmed) {
			return ConsolePages.confirm(model, this.texts.text("console.documents.delete.confirm", document.fileName()),
					"/console/clients/" + clientId + "/documents/" + documentId + "/delete", back, Map.of());
		}
		this.documents.delete(clientId, documentId, viewer);
		redirect.addFlashAttribute("notice", this.texts.text("console.documents.deleted", document.fileName()));
		return "redirect:" + back;
	}

	private static String blank(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
