package org.irtiqa.support.idempotency;

/** The first successful response to a keyed POST, replayed byte for byte to its repeats. */
record StoredResponse(byte[] requestHash, int status, String contentType, String location, byte[] body) {}
