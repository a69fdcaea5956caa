package io.guichet.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The e-mails a scenario expects, by recipient and subject with how many of each, set
 * against what the SMTP server received.
 */
final class Mails {

	private final Map<Key, Integer> expected = new HashMap<>();

	void expect(String to, String subject, int count) {
		this.expected.merge(new Key(to.toLowerCase(), subject), count, Integer::sum);
	}

	int total() {
		return this.expected.values().stream().mapToInt(Integer::intValue).sum();
	}

	boolean allIn(Received received) {
		return missing(received).isEmpty();
	}

	/** Expected e-mails not received (yet), one entry per e-mail. */
	List<Key> missing(Received received) {
		List<Key> missing = new ArrayList<>();
		this.expected.forEach((key, count) -> {
			for (int i = received.count(key); i < count; i++) {
				missing.add(key);
			}
		});
		return missing;
	}

	/** E-mails received more often than expected. */
	int duplicates(Received received) {
		return this.expected.entrySet()
			.stream()
			.mapToInt((entry) -> Math.max(0, received.count(entry.getKey()) - entry.getValue()))
			.sum();
	}

	/** Received e-mails that nobody expected. */
	List<Key> unexpected(Received received) {
		return received.keys().stream().filter((key) -> !this.expected.containsKey(key)).distinct().toList();
	}

	/** A recipient and a subject. */
	record Key(String to, String subject) {
	}

	/** What the SMTP server holds at one moment. */
	static final class Received {

		private final List<Key> keys = new ArrayList<>();

		private final List<String> messageIds = new ArrayList<>();

		private final Map<Key, Integer> counts;

		private Received(MimeMessage[] messages) {
			for (MimeMessage message : messages) {
				try {
					Address[] to = message.getRecipients(Message.RecipientType.TO);
					for (Address address : (to != null) ? to : new Address[0]) {
						this.keys.add(new Key(address.toString().toLowerCase(), message.getSubject()));
					}
					this.messageIds.add(message.getMessageID());
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			this.counts = this.keys.stream().collect(Collectors.toMap((key) -> key, (key) -> 1, Integer::sum));
		}

		static Received of(GreenMail smtp) {
			return new Received(smtp.getReceivedMessages());
		}

		/** E-mails received by several SMTP servers in turn (one per outage). */
		static Received of(List<MimeMessage> messages) {
			return new Received(messages.toArray(MimeMessage[]::new));
		}

		int total() {
			return this.messageIds.size();
		}

		int count(Key key) {
			return this.counts.getOrDefault(key, 0);
		}

		/** How many of the e-mails to {@code to} there are. */
		int countTo(String to) {
			return this.keys.stream().filter((key) -> key.to().equalsIgnoreCase(to)).mapToInt((key) -> 1).sum();
		}

		List<Key> keys() {
			return this.keys;
		}

		/** Messages that arrived more than once under one Message-ID. */
		int duplicatesByMessageId() {
			return this.messageIds.size() - (int) this.messageIds.stream().distinct().count();
		}

	}

}
