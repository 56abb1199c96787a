package io.wethodkit.drift;

import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.HeaderRules;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.access.HeaderPreconditions;
import io.wethodkit.mock.store.Dataset;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kit's mock, in-process on a free port, holding the target's data: the model that drift
 * compares the target with. It serves the config's version besides the contract's own.
 */
final class MirrorServer implements AutoCloseable {

  private final MockServer mock;
  private final TargetClient client;

  MirrorServer(Contract contract, TargetConfig config, Dataset dataset) {
    HeaderRules rules = contract.headers();
    Set<String> versions = new LinkedHashSet<>(rules.supportedVersions());
    versions.add(config.version());
    HeaderRules served =
        new HeaderRules(rules.companyHeader(), rules.versionHeader(), List.copyOf(versions));
    this.mock =
        MockServer.builder()
            .contract(contract)
            .dataset(dataset)
            .customize(
                parts ->
                    parts.toBuilder()
                        .preconditions(new HeaderPreconditions(contract, served))
                        .build())
            .build()
            .start();
    this.client = new TargetClient(URI.create(mock.baseUrl()), contract.path(), config.timeout());
  }

  /** A client of the mock that sends requests exactly as the target's client does. */
  TargetClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    mock.close();
  }
}
