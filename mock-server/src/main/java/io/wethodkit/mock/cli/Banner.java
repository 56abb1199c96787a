package io.wethodkit.mock.cli;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.admin.AdminAccess;
import io.wethodkit.mock.admin.ProjectsAdminApi;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the CLI prints on start: the URL, one working curl, the identities. */
final class Banner {

  private final MockServer mock;
  private final String fixtures;

  Banner(MockServer mock, String fixtures) {
    this.mock = mock;
    this.fixtures = fixtures;
  }

  String text() {
    Contract contract = mock.contract();
    Dataset data = mock.state().snapshot();
    String url = mock.baseUrl() + contract.path();
    StringBuilder out = new StringBuilder();
    out.append("Wethod projects mock listening on ").append(url).append('\n');
    out.append("  contract: ")
        .append(contract.source())
        .append(" (sha256 ")
        .append(contract.sha256(), 0, 12)
        .append(")\n");
    out.append("  fixtures: ")
        .append(fixtures)
        .append(" (")
        .append(data.companies().size())
        .append(" companies, ")
        .append(data.projectCount())
        .append(" projects)\n\n");
    example(data)
        .ifPresent(
            example -> {
              out.append("Try it:\n  curl -s -H 'Authorization: Bearer ")
                  .append(example.getKey().token())
                  .append("' -H '")
                  .append(contract.headers().companyHeader())
                  .append(": ")
                  .append(example.getValue())
                  .append("' -H '")
                  .append(contract.headers().versionHeader())
                  .append(": ")
                  .append(contract.headers().supportedVersions().get(0))
                  .append("' '")
                  .append(url)
                  .append("?")
                  .append(contract.limit().parameter())
                  .append("=2'\n\n");
            });
    out.append("Identities (send 'Authorization: Bearer <token>'):\n");
    int nameWidth =
        Math.max(4, data.identities().stream().mapToInt(i -> i.name().length()).max().orElse(4));
    int tokenWidth =
        Math.max(5, data.identities().stream().mapToInt(i -> i.token().length()).max().orElse(5));
    out.append(
        String.format(
            "  %-" + nameWidth + "s  %-" + tokenWidth + "s  %-6s  %s%n",
            "NAME",
            "TOKEN",
            "PERSON",
            "PERMISSIONS"));
    for (Identity identity : data.identities()) {
      out.append(
          String.format(
              "  %-" + nameWidth + "s  %-" + tokenWidth + "s  %-6d  %s%n",
              identity.name(),
              identity.token(),
              identity.personId(),
              permissions(identity)));
    }
    out.append("\nConsole (open in a browser): ").append(mock.baseUrl()).append("/\n");
    out.append("Admin API: ")
        .append(mock.baseUrl())
        .append("/__admin")
        .append(ProjectsAdminApi.ROOT)
        .append(
            mock.adminToken().isPresent()
                ? " (send '" + AdminAccess.HEADER + ": " + AdminAccess.SCHEME + "<admin token>')"
                : "")
        .append(" (see mock-server/README.md). Ctrl-C stops the server.\n");
    out.append("Coverage (the behaviours your calls met): ")
        .append(mock.baseUrl())
        .append(AdminRouteTable.ADMIN_PATH)
        .append(AdminRouteTable.Coverage.READ.template())
        .append(mock.coverage().recording() ? "" : " (off: --no-coverage)")
        .append('\n');
    return out.toString();
  }

  private static String permissions(Identity identity) {
    String text =
        identity.permissions().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + ": "
                        + (e.getValue().isEmpty() ? "(none)" : String.join(", ", e.getValue())))
            .collect(Collectors.joining("; "));
    return (text.isEmpty() ? "(no company)" : text) + (identity.revoked() ? "  [revoked]" : "");
  }

  /** An identity and company that answer 200 with every project: the most permissions first. */
  private Optional<Map.Entry<Identity, String>> example(Dataset data) {
    Set<String> all = mock.contract().access().permissions().keySet();
    return data.identities().stream()
        .filter(identity -> !identity.revoked())
        .flatMap(
            identity ->
                identity.permissions().entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(all::contains))
                    .map(e -> Map.entry(identity, e)))
        .max(
            Comparator.comparingLong(
                e -> e.getValue().getValue().stream().filter(all::contains).count()))
        .map(e -> Map.entry(e.getKey(), e.getValue().getKey()));
  }
}
