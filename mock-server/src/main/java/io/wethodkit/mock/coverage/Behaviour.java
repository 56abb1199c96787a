package io.wethodkit.mock.coverage;

/**
 * One behaviour of the endpoint that a client may meet, as the contract defines it.
 *
 * @param index its place in the catalog, from 0: where its count is kept
 * @param id its stable name, e.g. {@code 412.missing-version} or {@code filter.probability.gt}
 * @param family the group it belongs to, e.g. {@code 412 Precondition failed}
 * @param description what meeting it means
 */
public record Behaviour(int index, String id, String family, String description) {}
