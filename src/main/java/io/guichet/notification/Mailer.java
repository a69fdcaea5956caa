package io.guichet.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.guichet.common.Branding;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Writes e-mails from the templates under {@code templates/mail/} in the recipient's
 * language, for the outbox to send ({@link ProcessMails}, {@link MailOutbox}); each is
 * signed with the product's name and sent from the sender's name ({@link Branding}).
 */
@Service
class Mailer {

	private final JavaMailSender sender;

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final InternetAddress from;

	private final String domain;

	private final String productName;

	Mailer(JavaMailSender sender, TemplateEngine templates, MessageSource messages,
			@Value("${guichet.mail.from}") String from, Branding branding) {
		this.sender = sender;
		this.templates = templates;
		this.messages = messages;
		this.from = fromOf(from, branding.senderName());
		this.domain = domainOf(from);
		this.productName = branding.productName();
	}

	MimeMessage write(Mail mail, String messageId) {
		return write(mail, messageId, List.of());
	}

	/**
	 * The message, ready for SMTP; with a {@code messageId}, its Message-ID header is
	 * that one (JavaMailSender keeps an explicit Message-ID when it sends).
	 */
	MimeMessage write(Mail mail, String messageId, List<Attachment> attachments) {
		Context context = new Context(mail.locale(), Map.copyOf(mail.model()));
		context.setVariable("productName", this.productName);
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
			if (messageId != null) {
				// saveChanges writes a random Message-ID: ours goes in after it
				message.saveChanges();
				message.setHeader("Message-ID", messageId);
			}
			return message;
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not write the e-mail to " + mail.to(), ex);
		}
	}

	/**
	 * The Message-ID of the e-mail named {@code key}: always the same for one key, so a
	 * copy sent twice can be recognised.
	 */
	String messageId(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + this.domain + ">";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The subject a written message carries, as the outbox row keeps it. */
	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new MailSendException("Unreadable subject", ex);
		}
	}

	/** {@code guichet.mail.from}, with the sender's name when one is set. */
	static InternetAddress fromOf(String from, String senderName) {
		try {
			InternetAddress address = new InternetAddress(from);
			return (senderName != null) ? new InternetAddress(address.getAddress(), senderName, "UTF-8") : address;
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new IllegalArgumentException("guichet.mail.from is not an e-mail address: " + from, ex);
		}
	}

	private static String domainOf(String from) {
		try {
			String address = new InternetAddress(from).getAddress();
			int at = address.lastIndexOf('@');
			return (at >= 0) ? address.substring(at + 1) : "guichet.local";
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("guichet.mail.from is not an e-mail address: " + from, ex);
		}
	}

}
