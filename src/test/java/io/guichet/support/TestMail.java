package io.guichet.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * One GreenMail SMTP server for the whole test JVM, on a fixed free port so that it can
 * be stopped and started again (an SMTP outage) without the application noticing the
 * change.
 */
public final class TestMail {

	private static final Pattern ACTIVATION_LINK = Pattern
		.compile("https?://[^\\s\"<>]+/activate\\?token=([A-Za-z0-9_-]+)");

	private static final int PORT = freePort();

	private static GreenMail server = start();

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		return server;
	}

	public static synchronized void stop() {
		server.stop();
	}

	public static synchronized void restart() {
		server = start();
	}

	/** The mails received so far for this address. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> isTo(message, address)).toList();
	}

	public static List<MimeMessage> awaitMails(String address, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
		return to(address);
	}

	public static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			return (content instanceof String text) ? text : String.valueOf(content);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The token of the (single) activation link of an invitation e-mail. */
	public static String activationToken(MimeMessage message) {
		Matcher matcher = ACTIVATION_LINK.matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("No activation link in: " + body(message));
		}
		return matcher.group(1);
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Points Spring Mail at the test server (which also turns the in-process one off).
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			server();
			TestPropertyValues
				.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT,
						"spring.mail.properties.mail.smtp.connectiontimeout=2000",
						"spring.mail.properties.mail.smtp.timeout=5000")
				.applyTo(context);
		}

	}

}
