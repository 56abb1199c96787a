package io.wethodkit.conformance.config;

/** A user of the target: the token to send and the person id it stands for. */
public record IdentityConfig(String token, long personId) {}
