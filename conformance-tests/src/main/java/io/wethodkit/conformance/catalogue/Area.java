package io.wethodkit.conformance.catalogue;

/** A group of requirements, as reports show them. */
public record Area(String id, String title) {}
