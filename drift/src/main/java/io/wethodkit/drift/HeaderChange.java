package io.wethodkit.drift;

/**
 * A change to one of the contract's headers, made to provoke one of its error causes.
 *
 * @param cause the contract's name of the error cause it provokes, e.g. {@code missing-version}
 * @param header the header changed
 * @param value the value sent instead; null leaves the header out
 * @param status the error status whose cause it is (412 or 403)
 */
public record HeaderChange(String cause, String header, String value, int status) {}
