package io.guichet.bench;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server Guichet sends to: GreenMail in the benchmark's JVM. An e-mail counts
 * once GreenMail has accepted it (after the "250" to DATA).
 */
final class Smtp implements AutoCloseable {

	private final GreenMail server;

	private final int port;

	Smtp(int port) {
		this.port = port;
		this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	int port() {
		return this.port;
	}

	int count() {
		return this.server.getReceivedMessages().length;
	}

	MimeMessage[] messages() {
		return this.server.getReceivedMessages();
	}

	/**
	 * Waits until at least {@code total} e-mails are in; answers when (nanoTime), or -1
	 * after {@code timeout}.
	 */
	long awaitCount(int total, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (count() >= total) {
				return System.nanoTime();
			}
			Machine.sleep(50);
		}
		return -1;
	}

	/** Waits until no e-mail has come for {@code quiet}, at most {@code timeout}. */
	void awaitQuiet(Duration quiet, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		int last = count();
		long lastChange = System.nanoTime();
		while (System.nanoTime() < deadline) {
			Machine.sleep(200);
			int now = count();
			if (now != last) {
				last = now;
				lastChange = System.nanoTime();
			}
			else if (System.nanoTime() - lastChange > quiet.toNanos()) {
				return;
			}
		}
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
