package io.guichet.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.SocketFactory;

import io.guichet.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mails sent one after the other share an SMTP session while it is fresh. */
class SmtpDeliveryTests {

	private final CountingSockets sockets = new CountingSockets();

	private final List<String> accepted = new ArrayList<>();

	@AfterEach
	void smtpBack() {
		if (!TestMail.server().isRunning()) {
			TestMail.restart();
		}
	}

	@Test
	void shouldSendSuccessiveMailsOverOneConnection() throws MessagingException {
		SmtpDelivery smtp = new SmtpDelivery(sender(), Duration.ofMinutes(1), 100);
		String to = address();

		for (int i = 0; i < 3; i++) {
			send(smtp, to);
		}
		smtp.closeAll();

		assertThat(TestMail.to(to)).hasSize(3);
		assertThat(this.accepted).hasSize(3);
		assertThat(this.sockets.opened).hasValue(1);
	}

	@Test
	void shouldOpenANewConnectionAfterTheMessagesPerConnection() throws MessagingException {
		SmtpDelivery smtp = new SmtpDelivery(sender(), Duration.ofMinutes(1), 2);
		String to = address();

		for (int i = 0; i < 3; i++) {
			send(smtp, to);
		}
		smtp.closeAll();

		assertThat(TestMail.to(to)).hasSize(3);
		assertThat(this.sockets.opened).hasValue(2);
	}

	@Test
	void shouldConnectForEachMailWhenNotKeptOpen() throws MessagingException {
		SmtpDelivery smtp = new SmtpDelivery(sender(), Duration.ZERO, 100);
		String to = address();

		send(smtp, to);
		send(smtp, to);

		assertThat(TestMail.to(to)).hasSize(2);
		assertThat(this.sockets.opened).hasValue(2);
	}

	@Test
	void shouldSendOnceOnANewConnectionWhenTheKeptOneWasClosedByTheServer() throws MessagingException {
		SmtpDelivery smtp = new SmtpDelivery(sender(), Duration.ofMinutes(1), 100);
		String to = address();
		send(smtp, to);

		TestMail.stop();
		TestMail.restart();
		send(smtp, to);
		smtp.closeAll();

		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(this.accepted).hasSize(2);
		assertThat(this.sockets.opened).hasValue(2);
	}

	private void send(SmtpDelivery smtp, String to) throws MessagingException {
		JavaMailSenderImpl sender = sender();
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom("no-reply@guichet.local");
		helper.setTo(to);
		helper.setSubject("test");
		helper.setText("test");
		String id = UUID.randomUUID().toString();
		smtp.send(message, () -> this.accepted.add(id));
	}

	private JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(TestMail.server().getSmtp().getPort());
		sender.getJavaMailProperties().put("mail.smtp.socketFactory", this.sockets);
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return sender;
	}

	private static String address() {
		return "smtp-" + UUID.randomUUID() + "@example.com";
	}

	/** Counts the connections JavaMail opens. */
	static class CountingSockets extends SocketFactory {

		final AtomicInteger opened = new AtomicInteger();

		@Override
		public Socket createSocket() {
			this.opened.incrementAndGet();
			return new Socket();
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			this.opened.incrementAndGet();
			return new Socket(host, port);
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			this.opened.incrementAndGet();
			return new Socket(host, port, localHost, localPort);
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			this.opened.incrementAndGet();
			return new Socket(host, port);
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			this.opened.incrementAndGet();
			return new Socket(address, port, localAddress, localPort);
		}

	}

}
