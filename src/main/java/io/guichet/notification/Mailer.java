package io.guichet.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes e-mails from the templates under {@code templates/mail/} in the recipient's
 * language and hands them to SMTP. A failure is thrown to the caller: the process job
 * retries it.
 */
@Service
public class Mailer {

	private final JavaMailSender sender;

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final String from;

	Mailer(JavaMailSender sender, TemplateEngine templates, MessageSource messages,
			@Value("${guichet.mail.from}") String from) {
		this.sender = sender;
		this.templates = templates;
		this.messages = messages;
		this.from = from;
	}

	public void send(Mail mail) {
		send(mail, List.of());
	}

	/** The same, with files attached (e.g. an import's full report). */
	public void send(Mail mail, List<Attachment> attachments) {
		Context context = new Context(mail.locale(), Map.copyOf(mail.model()));
		String html = this.templates.process("mail/" + mail.template(), context);
		String subject = this.messages.getMessage("mail." + mail.template() + ".subject", mail.subjectArgs(),
				mail.locale());
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(subject);
			helper.setText(html, true);
			for (Attachment attachment : attachments) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			message.setHeader("Content-Language", mail.locale().getLanguage());
			this.sender.send(message);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not write the e-mail to " + mail.to(), ex);
		}
	}

	/**
	 * An e-mail to write: template name under templates/mail/, its model and language.
	 */
	public record Mail(String to, Locale locale, String template, Map<String, Object> model, Object... subjectArgs) {
	}

	/** A file sent with an e-mail. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
