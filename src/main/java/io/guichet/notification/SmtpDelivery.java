package io.guichet.notification;

import java.util.Date;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands one message to SMTP and calls back the moment the server has accepted it, before
 * the session is closed: whatever records the delivery then runs with nothing but the
 * callback between the server's "250" and the record. Failures are thrown as
 * {@link org.springframework.mail.MailException}s, as {@link JavaMailSender} throws them.
 */
@Component
class SmtpDelivery {

	private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

	private final JavaMailSender sender;

	SmtpDelivery(JavaMailSender sender) {
		this.sender = sender;
	}

	void send(MimeMessage message, Accepted accepted) {
		if (!(this.sender instanceof JavaMailSenderImpl smtp)) {
			this.sender.send(message);
			accepted.run();
			return;
		}
		Transport transport;
		try {
			prepare(message);
			transport = connect(smtp);
		}
		catch (AuthenticationFailedException ex) {
			throw new MailAuthenticationException(ex);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Mail server connection failed", ex);
		}
		try {
			transport.sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException ex) {
			close(transport);
			throw new MailSendException("The mail server did not accept the e-mail", ex);
		}
		try {
			accepted.run();
		}
		finally {
			close(transport);
		}
	}

	/** What Spring's JavaMailSenderImpl does before sending: keeps our Message-ID. */
	private static void prepare(MimeMessage message) throws MessagingException {
		String messageId = message.getMessageID();
		if (message.getSentDate() == null) {
			message.setSentDate(new Date());
		}
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId);
		}
	}

	/** As JavaMailSenderImpl connects (its own method is protected). */
	private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
		String username = "".equals(smtp.getUsername()) ? null : smtp.getUsername();
		String password = (username == null && "".equals(smtp.getPassword())) ? null : smtp.getPassword();
		String protocol = smtp.getProtocol();
		if (protocol == null) {
			protocol = smtp.getSession().getProperty("mail.transport.protocol");
		}
		Transport transport = smtp.getSession().getTransport((protocol != null) ? protocol : "smtp");
		transport.connect(smtp.getHost(), smtp.getPort(), username, password);
		return transport;
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// the server has the message (or refused it already): only QUIT went wrong
			log.debug("SMTP session not closed cleanly: {}", ex.toString());
		}
	}

	/** Runs right after the server accepted the message. */
	@FunctionalInterface
	interface Accepted {

		void run();

	}

}
