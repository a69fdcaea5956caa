package io.guichet.notification;

import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.annotation.PreDestroy;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands one message to SMTP and calls back the moment the server has accepted it, before
 * anything else happens on the session: whatever records the delivery then runs with
 * nothing but the callback between the server's "250" and the record. Failures are thrown
 * as {@link org.springframework.mail.MailException}s, as {@link JavaMailSender} throws
 * them.
 * <p>
 * A session that just delivered a message stays open for the next one (another job's, or
 * the next of a dispatcher's batch) for {@code guichet.mail.smtp.keep-open}, and carries
 * at most {@code guichet.mail.smtp.messages-per-connection} messages: connecting, the
 * server's greeting, EHLO and QUIT otherwise come with every e-mail. A kept session that
 * fails before the message is refused (the server closed it meanwhile) is dropped and the
 * message goes out once on a new one; a refusal of the message itself is thrown.
 */
@Component
class SmtpDelivery {

	private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

	private final JavaMailSender sender;

	private final long keepOpenNanos;

	private final int messagesPerConnection;

	/** Open sessions nobody is using, the most recently used first. */
	private final Deque<Session> idle = new ConcurrentLinkedDeque<>();

	SmtpDelivery(JavaMailSender sender, @Value("${guichet.mail.smtp.keep-open}") Duration keepOpen,
			@Value("${guichet.mail.smtp.messages-per-connection}") int messagesPerConnection) {
		this.sender = sender;
		this.keepOpenNanos = keepOpen.toNanos();
		this.messagesPerConnection = messagesPerConnection;
	}

	void send(MimeMessage message, Accepted accepted) {
		if (!(this.sender instanceof JavaMailSenderImpl smtp)) {
			this.sender.send(message);
			accepted.run();
			return;
		}
		try {
			prepare(message);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not prepare the e-mail", ex);
		}
		Session session = sendOnKept(message);
		if (session == null) {
			session = connect(smtp);
			try {
				session.transport().sendMessage(message, message.getAllRecipients());
			}
			catch (MessagingException ex) {
				close(session);
				throw new MailSendException("The mail server did not accept the e-mail", ex);
			}
		}
		try {
			accepted.run();
		}
		finally {
			release(session.used());
		}
	}

	/**
	 * Sends on a kept session; null when there is none, or when it turned out closed (the
	 * message was then not sent).
	 */
	private Session sendOnKept(MimeMessage message) {
		Session session = takeIdle();
		if (session == null) {
			return null;
		}
		try {
			session.transport().sendMessage(message, message.getAllRecipients());
			return session;
		}
		catch (SendFailedException ex) {
			// the server refused this message (a recipient, its size): a new session
			// would too
			close(session);
			throw new MailSendException("The mail server did not accept the e-mail", ex);
		}
		catch (MessagingException ex) {
			log.debug("Kept SMTP session no longer usable, sending on a new one: {}", ex.toString());
			close(session);
			return null;
		}
	}

	private Session takeIdle() {
		Session session;
		while ((session = this.idle.pollFirst()) != null) {
			// not Transport.isConnected(): that costs a NOOP round trip
			if (System.nanoTime() - session.idleSince() < this.keepOpenNanos) {
				return session;
			}
			close(session);
		}
		return null;
	}

	private void release(Session session) {
		if (this.keepOpenNanos > 0 && session.messages() < this.messagesPerConnection) {
			this.idle.offerFirst(session);
		}
		else {
			close(session);
		}
	}

	/** Closes the sessions left unused for longer than {@code keep-open}. */
	@Scheduled(fixedDelay = 1000)
	void closeIdle() {
		long now = System.nanoTime();
		for (Iterator<Session> it = this.idle.iterator(); it.hasNext();) {
			Session session = it.next();
			if (now - session.idleSince() >= this.keepOpenNanos && this.idle.removeFirstOccurrence(session)) {
				close(session);
			}
		}
	}

	@PreDestroy
	void closeAll() {
		Session session;
		while ((session = this.idle.pollFirst()) != null) {
			close(session);
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
	private static Session connect(JavaMailSenderImpl smtp) {
		String username = "".equals(smtp.getUsername()) ? null : smtp.getUsername();
		String password = (username == null && "".equals(smtp.getPassword())) ? null : smtp.getPassword();
		String protocol = smtp.getProtocol();
		if (protocol == null) {
			protocol = smtp.getSession().getProperty("mail.transport.protocol");
		}
		try {
			Transport transport = smtp.getSession().getTransport((protocol != null) ? protocol : "smtp");
			transport.connect(smtp.getHost(), smtp.getPort(), username, password);
			return new Session(transport, 0, System.nanoTime());
		}
		catch (AuthenticationFailedException ex) {
			throw new MailAuthenticationException(ex);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Mail server connection failed", ex);
		}
	}

	private static void close(Session session) {
		try {
			session.transport().close();
		}
		catch (MessagingException ex) {
			// the server has the message (or refused it already): only QUIT went wrong
			log.debug("SMTP session not closed cleanly: {}", ex.toString());
		}
	}

	/** An open SMTP session, the messages it has carried, and since when it waits. */
	private record Session(Transport transport, int messages, long idleSince) {

		Session used() {
			return new Session(this.transport, this.messages + 1, System.nanoTime());
		}

	}

	/** Runs right after the server accepted the message. */
	@FunctionalInterface
	interface Accepted {

		void run();

	}

}
