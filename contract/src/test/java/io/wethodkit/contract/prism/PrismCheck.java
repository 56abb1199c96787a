package io.wethodkit.contract.prism;

import io.wethodkit.contract.Contract;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends the generated requests to the mock directly and through {@code prism proxy --errors}, and
 * fails on any response violation that Prism reports and on any request that one lets through while
 * the other refuses it, except the differences the contract's README lists.
 *
 * <p>Usage: {@code PrismCheck <mock base URL> <Prism base URL>}. Exit code 0 when all agree, 1
 * otherwise.
 */
public final class PrismCheck {

  static final int MINIMUM_REQUESTS = 500;

  private PrismCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PrismCheck <mock base URL> <Prism base URL>");
      System.exit(2);
    }
    Contract contract = Contract.bundled();
    List<Probe> probes = new ProbeGenerator(contract, ProbeGenerator.Identities.bundled()).probes();
    RawHttpClient mock = new RawHttpClient(URI.create(args[0]));
    RawHttpClient prism = new RawHttpClient(URI.create(args[1]));
    Verdicts verdicts = new Verdicts(contract);

    Map<Verdicts.Kind, Integer> counts = new TreeMap<>();
    Map<String, Integer> allowed = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int invalid = 0;
    for (Probe probe : probes) {
      String target = probe.target(contract.path());
      Reply direct = mock.send(probe.method(), target, probe.headers());
      Reply viaPrism = prism.send(probe.method(), target, probe.headers());
      Verdicts.Finding finding = verdicts.compare(probe, direct, viaPrism);
      counts.merge(finding.kind(), 1, Integer::sum);
      invalid += probe.schemaValid() ? 0 : 1;
      switch (finding.kind()) {
        case ALLOWED -> allowed.merge(finding.reason(), 1, Integer::sum);
        case DISAGREED, VIOLATION ->
            failures.add(
                finding.kind()
                    + " "
                    + probe.method()
                    + " "
                    + target
                    + " ("
                    + probe.what()
                    + "): "
                    + finding.reason());
        default -> {}
      }
    }
    System.out.println(
        "Prism run: "
            + probes.size()
            + " requests ("
            + invalid
            + " invalid by the contract's schemas)");
    System.out.println("  agreed:              " + counts.getOrDefault(Verdicts.Kind.AGREED, 0));
    System.out.println("  listed differences:  " + counts.getOrDefault(Verdicts.Kind.ALLOWED, 0));
    allowed.forEach((reason, n) -> System.out.println("    " + n + " x " + reason));
    System.out.println("  disagreements:       " + counts.getOrDefault(Verdicts.Kind.DISAGREED, 0));
    System.out.println("  response violations: " + counts.getOrDefault(Verdicts.Kind.VIOLATION, 0));
    failures.stream().limit(60).forEach(f -> System.out.println("  " + f));
    if (!failures.isEmpty() || probes.size() < MINIMUM_REQUESTS) {
      System.exit(1);
    }
  }
}
