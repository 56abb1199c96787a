package io.wethodkit.conformance.report;

/**
 * What a run was about, for the reports' headers.
 *
 * @param target the target's base URL
 * @param contractSha256 the SHA-256 of the contract certified against
 * @param contractSource where the contract was read from
 * @param suiteVersion the suite's version
 * @param mode blackbox or seeded
 * @param seed the seed of the sampled requests (give it to {@code --seed} to send the same again)
 * @param requests how many requests the run sent
 * @param durationMillis how long the run took
 */
public record RunInfo(
    String target,
    String contractSha256,
    String contractSource,
    String suiteVersion,
    String mode,
    long seed,
    int requests,
    long durationMillis) {}
