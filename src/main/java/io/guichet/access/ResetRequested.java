package io.guichet.access;

/** Someone asked for a password-reset link for this e-mail (known or not). */
record ResetRequested(String email) {
}
