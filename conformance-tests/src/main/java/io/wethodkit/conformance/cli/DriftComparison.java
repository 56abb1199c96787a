package io.wethodkit.conformance.cli;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The comparison {@code --drift N} runs after the checks (or instead of them, with {@code --only
 * drift}): the target against the kit's mock loaded with its data. The drift module provides it,
 * found with {@link ServiceLoader}; the conformance jar alone has none, and holds no mock.
 */
public interface DriftComparison {

  /** The jar that holds the suite and drift. */
  String JAR = "wethod-projects-drift.jar";

  /**
   * What a drift run is given.
   *
   * @param contract the contract the target is compared under
   * @param catalogue the requirements a difference is named by
   * @param target the target and its identities
   * @param requests how many generated requests to compare
   * @param seed what they are generated from
   * @param reportDir where drift.json, TEST-drift.xml and the Drift section of report.html go
   * @param console where progress and the summary go
   */
  record Run(
      Contract contract,
      Catalogue catalogue,
      TargetConfig target,
      int requests,
      long seed,
      Path reportDir,
      PrintStream console) {}

  /**
   * Compares the target with the mock, writes the reports and prints the summary.
   *
   * @return whether a difference concerns a MUST requirement
   */
  boolean compare(Run run) throws IOException;

  /** The comparison on the classpath, if a jar provides one. */
  static Optional<DriftComparison> installed() {
    return ServiceLoader.load(DriftComparison.class, DriftComparison.class.getClassLoader())
        .findFirst();
  }
}
