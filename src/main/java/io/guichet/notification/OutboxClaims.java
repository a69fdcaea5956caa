package io.guichet.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How this instance holds outbox rows, whichever way an e-mail goes: under its name
 * ({@code claimed_by}, {@code sent_by}), for {@code guichet.mail.outbox.lease}, each
 * claim and release in a transaction of its own.
 */
@Component
class OutboxClaims {

	private final OutboxRows rows;

	private final TransactionTemplate ownTransaction;

	private final Duration lease;

	private final String node;

	OutboxClaims(OutboxRows rows, PlatformTransactionManager transactionManager,
			@Value("${guichet.mail.outbox.lease}") Duration lease,
			@Value("${camunda.bpm.generic-properties.properties.hostname:}") String hostname) {
		this.rows = rows;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lease = lease;
		this.node = hostname.isBlank() ? defaultNodeName() : hostname;
	}

	/** The name this instance writes into {@code claimed_by} and {@code sent_by}. */
	String node() {
		return this.node;
	}

	/** How long a claim holds; a claim older than that was left by a node that died. */
	Duration lease() {
		return this.lease;
	}

	/** Runs {@code work} in a transaction of its own, committed when it returns. */
	<T> T apart(TransactionCallback<T> work) {
		return this.ownTransaction.execute(work);
	}

	/**
	 * Gives a claim back after a failed attempt: {@code status} again, due at
	 * {@code nextAttemptAt}.
	 */
	void release(UUID id, String status, Instant nextAttemptAt, RuntimeException cause) {
		try {
			this.ownTransaction
				.executeWithoutResult((tx) -> this.rows.release(id, status, nextAttemptAt, cause.toString()));
		}
		catch (RuntimeException ex) {
			// the claim then runs out after the lease
			cause.addSuppressed(ex);
		}
	}

	private static String defaultNodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

}
