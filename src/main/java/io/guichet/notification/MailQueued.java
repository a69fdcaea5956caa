package io.guichet.notification;

/** An e-mail a person waits for was queued: delivered once its transaction commits. */
record MailQueued(String key) {
}
