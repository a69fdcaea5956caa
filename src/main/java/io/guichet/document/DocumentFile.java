package io.guichet.document;

/** A document's bytes with the name and type it was uploaded with. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
