package io.guichet.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail SMTP server on a fixed port that can go down (an outage: connections
 * refused) and come back. A stopped GreenMail forgets what it received, so the store of
 * each period up is kept and {@link #received()} returns every e-mail of the run.
 */
final class SmtpServer {

	private final int port;

	private final List<Managers> earlierPeriods = new ArrayList<>();

	private GreenMail server;

	SmtpServer(int port) {
		this.port = port;
	}

	int port() {
		return this.port;
	}

	synchronized void start() {
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	synchronized void stop() {
		if (this.server != null) {
			// the store outlives the server: what arrived up to the last moment is kept
			Managers managers = this.server.getManagers();
			this.server.stop();
			this.earlierPeriods.add(managers);
			this.server = null;
		}
	}

	synchronized boolean isRunning() {
		return this.server != null;
	}

	/** Every e-mail received since the first start, outages included. */
	synchronized List<MimeMessage> received() {
		List<MimeMessage> all = new ArrayList<>();
		for (Managers managers : this.earlierPeriods) {
			managers.getImapHostManager()
				.getAllMessages()
				.stream()
				.map(StoredMessage::getMimeMessage)
				.forEach(all::add);
		}
		if (this.server != null) {
			all.addAll(Arrays.asList(this.server.getReceivedMessages()));
		}
		return all;
	}

}
