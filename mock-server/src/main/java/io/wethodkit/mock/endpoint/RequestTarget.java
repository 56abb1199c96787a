package io.wethodkit.mock.endpoint;

/** What the two required headers name: the company slug and the API version. */
public record RequestTarget(String company, String version) {}
