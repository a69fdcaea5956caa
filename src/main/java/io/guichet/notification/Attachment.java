package io.guichet.notification;

/** A file sent with an e-mail (e.g. an import's full report). */
public record Attachment(String fileName, String contentType, byte[] content) {
}
