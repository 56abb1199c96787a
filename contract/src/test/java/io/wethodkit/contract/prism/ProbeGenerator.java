package io.wethodkit.contract.prism;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.PageParameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests of the Prism run, generated from the contract: every filter under every operator
 * with values of its form and not, the deletion values, pagination around its bounds, repeated,
 * empty and badly encoded parameters, each cause of 401, 403 and 412, and the other methods. Each
 * request says whether a validator reading the contract's schemas should let it through.
 */
final class ProbeGenerator {

  /** The tokens and companies of the mock's data that the header cases use. */
  record Identities(
      String token,
      String tokenWithoutPermission,
      String revokedToken,
      String company,
      String otherCompany) {

    /** Those of the kit's bundled fixtures. */
    static Identities bundled() {
      return new Identities("tok-both", "tok-none", "tok-revoked", "acme", "globex");
    }
  }

  private static final List<String> BOGUS_PREFIXES = List.of("eq:", "GT:", "gte:", "gt", ":");

  private final Contract contract;
  private final Identities identities;
  private final String version;

  ProbeGenerator(Contract contract, Identities identities) {
    this.contract = contract;
    this.identities = identities;
    this.version = contract.headers().supportedVersions().get(0);
  }

  List<Probe> probes() {
    List<Probe> out = new ArrayList<>();
    for (FilterDefinition filter : contract.filters()) {
      filterProbes(filter, out);
    }
    deletionProbes(out);
    for (PageParameter page : List.of(contract.limit(), contract.offset())) {
      pageProbes(page, out);
    }
    parameterFormProbes(out);
    combinations(out);
    headerProbes(out);
    methodProbes(out);
    return out;
  }

  private void filterProbes(FilterDefinition filter, List<Probe> out) {
    for (String operand : operands(filter)) {
      boolean operandOk = filter.accepts(operand);
      for (FilterOperator operator : filter.operators()) {
        add(out, filter.parameter(), operator.format(operand), operandOk, "filter");
      }
    }
    String good = operands(filter).get(0);
    for (String prefix : BOGUS_PREFIXES) {
      add(out, filter.parameter(), prefix + good, false, "filter with a bogus operator");
    }
    if (good.contains("+")) {
      // The client forgot %2B: the + arrives as a space.
      out.add(
          get(
              filter.parameter() + "=" + encode(good).replace("%2B", "+"),
              false,
              "raw + in " + filter.parameter()));
    }
    out.add(get(filter.parameter() + "=" + encode(good) + "%0A", false, "trailing line break"));
  }

  /** Operands of the filter's form (the first is a valid one), then not. */
  private static List<String> operands(FilterDefinition filter) {
    return switch (filter.type()) {
      case INTEGER -> {
        List<String> out = new ArrayList<>();
        long low = filter.minimum().orElse(-5);
        long high = filter.maximum().orElse(low + 100);
        out.add(Long.toString((low + high) / 2));
        for (long n = low - 2; n <= high + 2; n += n < low + 3 || n > high - 3 ? 1 : 7) {
          out.add(Long.toString(n));
        }
        out.addAll(List.of("-0", "007", "+7", "7.0", "1e1", "0x1A", " 7", "seven", "٣"));
        yield out;
      }
      case DATE ->
          List.of(
              "2024-08-01",
              "2024-02-29",
              "2023-02-28",
              "2000-02-29",
              "2024-12-31",
              "2023-02-29",
              "2024-02-30",
              "2024-04-31",
              "1900-02-29",
              "2024-13-01",
              "2024-00-10",
              "2024-1-01",
              "20240801",
              "2024/08/01",
              "2024-08-01T00:00:00Z");
      case DATE_TIME ->
          List.of(
              "2024-11-28T05:40:48+02:00",
              "2024-11-28T05:40:48Z",
              "2024-11-28T05:40:48.352Z",
              "2024-11-28T05:40:48.123456789-05:30",
              "2024-02-29T23:59:59+18:00",
              "2024-11-28T05:40:48",
              "2024-11-28T24:00:00Z",
              "2024-11-28T05:60:00Z",
              "2024-11-28T05:40:60Z",
              "2024-02-30T05:40:48Z",
              "2024-11-28T05:40:48+19:00",
              "2024-11-28T05:40:48+0200",
              "2024-11-28t05:40:48z",
              "2024-11-28 05:40:48Z",
              "2024-11-28T05:40:48.1234567890Z",
              "2024-11-28");
    };
  }

  private void deletionProbes(List<Probe> out) {
    String name = contract.deletionFilter().parameter();
    for (String value : contract.deletionFilter().scopes().keySet()) {
      add(out, name, value, true, "deletion");
      add(out, name, value.toUpperCase(java.util.Locale.ROOT), false, "deletion in upper case");
      add(out, name, value + " ", false, "deletion with a space");
    }
    add(out, name, "all", false, "deletion");
  }

  private void pageProbes(PageParameter page, List<Probe> out) {
    long top = page.maximum().orElse(page.minimum() + 1000);
    for (long n = page.minimum() - 3; n <= page.minimum() + 3; n++) {
      add(out, page.parameter(), Long.toString(n), page.read(Long.toString(n)).isPresent(), "page");
    }
    for (long n = top - 3; n <= top + 3; n++) {
      add(out, page.parameter(), Long.toString(n), page.read(Long.toString(n)).isPresent(), "page");
    }
    add(out, page.parameter(), "1" + "0".repeat(25), page.maximum().isEmpty(), "huge page value");
    for (String form : List.of("007", "+7", "7.0", "1e1", " 7", "0x10", "7.5", "seven", "-0")) {
      add(out, page.parameter(), form, false, "page value not in the integer form");
    }
  }

  private void parameterFormProbes(List<Probe> out) {
    List<String> names = new ArrayList<>();
    contract.filters().forEach(f -> names.add(f.parameter()));
    names.add(contract.deletionFilter().parameter());
    names.add(contract.limit().parameter());
    names.add(contract.offset().parameter());
    for (String name : names) {
      out.add(get(name + "=", false, "empty " + name));
      out.add(get(name + "=%ZZ", false, "bad percent-encoding of " + name));
    }
    out.add(get("limit=1&limit=2", false, "limit twice"));
    out.add(get("probability=10&probability=20", false, "probability twice"));
    out.add(get("foo=bar", true, "a parameter the contract does not define"));
    out.add(get("LIMIT=5", true, "a parameter the contract does not define"));
    out.add(get("", true, "no query"));
  }

  /** Seeded mixtures of valid and invalid parameters. */
  private void combinations(List<Probe> out) {
    Random random = new Random(18);
    List<FilterDefinition> filters = contract.filters();
    List<String> deletion = new ArrayList<>(contract.deletionFilter().scopes().keySet());
    for (int i = 0; i < 150; i++) {
      StringBuilder query = new StringBuilder();
      boolean valid = true;
      for (FilterDefinition filter : filters) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        List<String> operands = operands(filter);
        String operand = operands.get(random.nextInt(operands.size()));
        FilterOperator operator = filter.operators().get(random.nextInt(filter.operators().size()));
        valid &= filter.accepts(operand);
        append(query, filter.parameter(), operator.format(operand));
      }
      append(
          query,
          contract.deletionFilter().parameter(),
          deletion.get(random.nextInt(deletion.size())));
      long limit = random.nextInt(110);
      valid &= contract.limit().read(Long.toString(limit)).isPresent();
      append(query, contract.limit().parameter(), Long.toString(limit));
      append(query, contract.offset().parameter(), Integer.toString(random.nextInt(200)));
      out.add(get(query.toString(), valid, "combination"));
    }
  }

  private void headerProbes(List<Probe> out) {
    String company = contract.headers().companyHeader();
    String versionHeader = contract.headers().versionHeader();
    List<Map.Entry<String, Map<String, String>>> cases = new ArrayList<>();
    Map<String, String> base =
        headers("Bearer " + identities.token(), identities.company(), version);
    cases.add(Map.entry("valid", base));
    cases.add(Map.entry("missing-authorization", without(base, "Authorization")));
    cases.add(Map.entry("wrong-scheme", with(base, "Authorization", "Basic dXNlcjpwYXNz")));
    cases.add(Map.entry("unknown-token", with(base, "Authorization", "Bearer tok-unknown")));
    cases.add(
        Map.entry(
            "revoked-token", with(base, "Authorization", "Bearer " + identities.revokedToken())));
    cases.add(
        Map.entry(
            "scheme in lower case", with(base, "Authorization", "bearer " + identities.token())));
    cases.add(
        Map.entry(
            "scheme in upper case", with(base, "Authorization", "BEARER " + identities.token())));
    cases.add(Map.entry("missing-company", without(base, company)));
    cases.add(Map.entry("empty company", with(base, company, "")));
    cases.add(Map.entry("missing-version", without(base, versionHeader)));
    cases.add(Map.entry("malformed-version", with(base, versionHeader, "junk")));
    cases.add(Map.entry("malformed-version date", with(base, versionHeader, "2024-6-15")));
    cases.add(Map.entry("impossible version date", with(base, versionHeader, "2024-02-30")));
    cases.add(Map.entry("unsupported-version", with(base, versionHeader, "2020-01-01")));
    cases.add(Map.entry("no-company-access", with(base, company, "initech")));
    cases.add(Map.entry("other company", with(base, company, identities.otherCompany())));
    cases.add(
        Map.entry(
            "no-permission",
            with(base, "Authorization", "Bearer " + identities.tokenWithoutPermission())));
    cases.add(Map.entry("401 before 412", without(without(base, "Authorization"), company)));
    cases.add(Map.entry("412 before 403", with(without(base, versionHeader), company, "initech")));
    for (Map.Entry<String, Map<String, String>> c : cases) {
      boolean schemaValid =
          !c.getKey().startsWith("missing-")
              && !c.getKey().equals("wrong-scheme")
              && !c.getKey().contains("version date")
              && !c.getKey().equals("malformed-version")
              && !c.getKey().startsWith("empty")
              && !c.getKey().startsWith("401 before")
              && !c.getKey().startsWith("412 before");
      for (String query : List.of("", "limit=5", "probability=101")) {
        out.add(
            new Probe(
                "GET",
                query,
                c.getValue(),
                schemaValid && !query.contains("101"),
                "headers: " + c.getKey()));
      }
    }
  }

  private void methodProbes(List<Probe> out) {
    Map<String, String> base =
        headers("Bearer " + identities.token(), identities.company(), version);
    for (String query : List.of("", "limit=3", "limit=0", "probability=gt:50")) {
      boolean valid = !query.equals("limit=0");
      out.add(new Probe("HEAD", query, base, valid, "HEAD"));
      out.add(
          new Probe("HEAD", query, without(base, "Authorization"), false, "HEAD without token"));
    }
    out.add(new Probe("OPTIONS", "", Map.of(), true, "OPTIONS"));
    out.add(new Probe("OPTIONS", "", base, true, "OPTIONS"));
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "TRACE")) {
      out.add(new Probe(method, "", Map.of("Content-Length", "0"), true, method));
    }
  }

  private void add(List<Probe> out, String name, String value, boolean valid, String what) {
    out.add(get(name + "=" + encode(value), valid, what + " " + name + "=" + value));
  }

  private Probe get(String rawQuery, boolean valid, String what) {
    return new Probe(
        "GET",
        rawQuery,
        headers("Bearer " + identities.token(), identities.company(), version),
        valid,
        what);
  }

  private static void append(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(encode(value));
  }

  /** Percent-encodes as a careful client does: spaces as %20, a + as %2B, : kept. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
  }

  private Map<String, String> headers(String authorization, String company, String version) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("Authorization", authorization);
    out.put(contract.headers().companyHeader(), company);
    out.put(contract.headers().versionHeader(), version);
    return out;
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> out = new LinkedHashMap<>(headers);
    out.put(name, value);
    return out;
  }

  private static Map<String, String> without(Map<String, String> headers, String name) {
    Map<String, String> out = new LinkedHashMap<>(headers);
    out.remove(name);
    return out;
  }
}
