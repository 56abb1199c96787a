package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.CheckKind;
import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.contract.PageParameter;
import io.wethodkit.contract.semantics.RawQuery;
import io.wethodkit.fixtures.golden.Expectation;
import io.wethodkit.fixtures.golden.GoldenCase;
import io.wethodkit.fixtures.read.FixtureIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Replays a golden case against a target that holds the fixture dataset and compares the answer
 * with the golden expectation: the status, then the ids in order, or the error key and the set of
 * failure fields.
 *
 * <p>The golden ids follow the kit's order (ascending id). A target with another stable order
 * conforms too (Interpretation 8): against it, a case whose answer is the whole filtered list is
 * compared as a set, and a case that is a window of the list (offset, or a full page) is left out.
 * An error key is compared where the reference page states it (400, 412) or for a SHOULD.
 */
public final class GoldenVerifier {

  private final RunContext ctx;

  public GoldenVerifier(RunContext ctx) {
    this.ctx = ctx;
  }

  public void verify(GoldenCase goldenCase, Requirement requirement, Recorder rec) {
    Exchange exchange = ctx.client().send(request(goldenCase));
    Expectation expect = goldenCase.expect();
    String name = "golden case " + goldenCase.name() + ": ";
    rec.exercised();
    if (exchange.status() != expect.status()) {
      rec.fail(exchange, name + describe(expect));
      return;
    }
    if (expect.status() == 200) {
      ids(goldenCase, requirement, exchange, name, rec);
      return;
    }
    boolean keyStated =
        requirement.level() == Level.SHOULD || expect.status() == 400 || expect.status() == 412;
    if (keyStated
        && expect.key() != null
        && !exchange.errorKey().filter(expect.key()::equals).isPresent()) {
      rec.fail(exchange, name + describe(expect));
      return;
    }
    if (expect.status() == 400 && requirement.level() == Level.MUST) {
      return; // Which name a failure gives a query parameter is the contract's, not the page's.
    }
    if (expect.status() == 400 && !Bodies.wellFormedFailures(exchange)) {
      rec.cannotExercise(
          ctx.blockedBy(CheckKind.SCHEMA_400, name + "the failures are not [{field, message}]"));
      return;
    }
    if (expect.status() == 400 && expect.failureFields() != null) {
      Optional<List<String>> fields = Bodies.failureFields(exchange);
      if (fields.isEmpty()
          || !new TreeSet<>(fields.get()).equals(new TreeSet<>(expect.failureFields()))) {
        rec.fail(
            exchange,
            name
                + describe(expect)
                + ", not "
                + fields.map(Object::toString).orElse("no failures"));
      }
    }
  }

  private void ids(
      GoldenCase goldenCase,
      Requirement requirement,
      Exchange exchange,
      String name,
      Recorder rec) {
    Page page;
    try {
      page = Listings.page(exchange);
    } catch (TargetMisbehaved misbehaved) {
      rec.fail(misbehaved.evidence());
      return;
    }
    List<String> expected = goldenCase.expect().ids().stream().map(String::valueOf).toList();
    if (page.ids().equals(expected)) {
      return;
    }
    if (!ctx.ordersById()) {
      RawQuery query = RawQuery.parse(goldenCase.request().query());
      PageParameter limitParameter = ctx.contract().limit();
      long limit =
          query
              .value(limitParameter.parameter())
              .map(limitParameter::read)
              .filter(OptionalLong::isPresent)
              .map(OptionalLong::getAsLong)
              .orElse(limitParameter.defaultValue());
      boolean window =
          !query.named(ctx.contract().offset().parameter()).isEmpty() || expected.size() >= limit;
      if (window) {
        return; // Which projects a window holds depends on the order, which is the target's own.
      }
      if (new TreeSet<>(page.ids()).equals(new TreeSet<>(expected))
          && page.ids().size() == expected.size()) {
        return;
      }
    }
    if (requirement.check() != CheckKind.ISOLATION_FOREIGN_COMPANY
        && page.items().stream().anyMatch(ctx.foreignProjects()::holds)) {
      // Another company's projects in the answer are a fault of isolation, judged there.
      rec.blockedBy(
          ctx.idOf(CheckKind.ISOLATION_FOREIGN_COMPANY),
          name + "the answer holds projects of " + ctx.foreignProjects().company());
      return;
    }
    rec.fail(
        exchange,
        name
            + "200 with ids "
            + ProjectIds.describe(expected)
            + ", not "
            + ProjectIds.describe(page.ids()));
  }

  private static String describe(Expectation expect) {
    StringBuilder out = new StringBuilder(String.valueOf(expect.status()));
    if (expect.key() != null) {
      out.append(" with key '").append(expect.key()).append("'");
    }
    if (expect.failureFields() != null) {
      out.append(" and failures for ").append(new TreeSet<>(expect.failureFields()));
    }
    return out.toString();
  }

  /**
   * The case's request; tokens of the fixture identities replaced by the config's, if it names
   * others.
   */
  private TargetRequest request(GoldenCase goldenCase) {
    Map<String, String> headers = new LinkedHashMap<>();
    goldenCase
        .request()
        .headers()
        .forEach((header, value) -> headers.put(header, substitute(header, value)));
    return new TargetRequest(goldenCase.request().query(), headers);
  }

  private String substitute(String header, String value) {
    if (!"Authorization".equalsIgnoreCase(header)) {
      return value;
    }
    FixtureDataset data = ctx.fixtures().orElseThrow();
    for (Role role : Role.values()) {
      Optional<FixtureIdentity> fixture = data.identity(role.configName());
      String configured = ctx.config().identity(role).token();
      if (fixture.isPresent() && !fixture.get().token().equals(configured)) {
        String[] parts = value.split(" ", 2);
        if (parts.length == 2 && parts[1].equals(fixture.get().token())) {
          return parts[0] + " " + configured;
        }
      }
    }
    Optional<String> revoked = ctx.config().revokedToken();
    Optional<String> fixtureRevoked =
        data.identities().stream()
            .filter(FixtureIdentity::revoked)
            .map(FixtureIdentity::token)
            .findFirst();
    if (revoked.isPresent()
        && fixtureRevoked.isPresent()
        && value.endsWith(" " + fixtureRevoked.get())) {
      return value.substring(0, value.length() - fixtureRevoked.get().length()) + revoked.get();
    }
    return value;
  }
}
