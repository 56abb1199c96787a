package io.wethodkit.conformance.report;

/** What a run was about, for the reports' headers. */
public record RunInfo(
    String target,
    String contractSha256,
    String contractSource,
    String suiteVersion,
    String mode) {}
