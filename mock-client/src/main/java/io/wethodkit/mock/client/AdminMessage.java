package io.wethodkit.mock.client;

/**
 * The answer of an admin change that returns no resource, e.g. a reset.
 *
 * @param message what the change did, in a sentence
 */
public record AdminMessage(String message) {}
