package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.CheckKind;
import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.FilterValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 400 answers: each invalid value is a 400 whose failures name exactly the parameters that were
 * invalid. Values are generated from the contract, per parameter type and bounds.
 */
final class ValidationVerifier {

  /** A parameter name no version of the contract is expected to define. */
  static final String UNKNOWN_PARAMETER = "wethodkit_unknown";

  private ValidationVerifier() {}

  static GrammarParameter parameterOf(RunContext ctx, Requirement req) {
    String name = req.requiredBinding("parameter");
    return ContractParameters.of(ctx.contract()).stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the contract has no parameter " + name));
  }

  static void values(RunContext ctx, Requirement req, Recorder rec, boolean outside) {
    GrammarParameter parameter = parameterOf(ctx, req);
    InvalidValues invalid = new InvalidValues(ctx.contract());
    List<String> values = new ArrayList<>(invalid.outside(parameter));
    if (!outside) {
      values.addAll(invalid.ungrammatical(parameter));
    }
    for (String value : values) {
      Exchange exchange = send(ctx, QueryString.empty().add(parameter.name(), value));
      String what = parameter.name() + "='" + value + "'";
      if (outside) {
        expectSomeFailure(ctx, exchange, what, rec);
      } else {
        expectFailures(ctx, exchange, Set.of(parameter.name()), what, rec);
      }
    }
  }

  /**
   * Expects a 400 with the contract's key. The page names a failure's field "Name of the field
   * causing the error" without saying how a query parameter is named there, so which name it is
   * stays for the SHOULD; the shape of the body is PRJ-SCHEMA-400's.
   */
  static void expectSomeFailure(RunContext ctx, Exchange exchange, String what, Recorder rec) {
    String key = ctx.contract().error(400).key();
    String expected = "400 '" + key + "' (" + what + ")";
    if (!rec.expectStatus(exchange, 400, expected)) {
      return;
    }
    if (!exchange.errorKey().filter(key::equals).isPresent()) {
      rec.fail(exchange, expected);
    }
  }

  static Exchange send(RunContext ctx, QueryString query) {
    return ctx.client().send(ctx.requests().as(Role.BOTH).withQuery(query));
  }

  /** Expects a 400 with the contract's key whose failures name exactly {@code fields}. */
  static void expectFailures(
      RunContext ctx, Exchange exchange, Set<String> fields, String what, Recorder rec) {
    String key = ctx.contract().error(400).key();
    String expected =
        "400 '" + key + "' with failures for " + new TreeSet<>(fields) + " (" + what + ")";
    if (!rec.expectStatus(exchange, 400, expected)) {
      return;
    }
    if (!exchange.errorKey().filter(key::equals).isPresent()) {
      rec.fail(exchange, expected);
      return;
    }
    if (!Bodies.wellFormedFailures(exchange)) {
      rec.cannotExercise(
          ctx.blockedBy(CheckKind.SCHEMA_400, "the failures are not [{field, message}]"));
      return;
    }
    Optional<List<String>> named = Bodies.failureFields(exchange);
    if (named.isEmpty() || !new TreeSet<>(named.get()).equals(new TreeSet<>(fields))) {
      rec.fail(
          exchange, expected + ", not " + named.map(Object::toString).orElse("no failures list"));
    }
  }

  static void allFailures(RunContext ctx, Requirement req, Recorder rec) {
    List<GrammarParameter> parameters = ContractParameters.of(ctx.contract());
    InvalidValues invalid = new InvalidValues(ctx.contract());
    QueryString all = QueryString.empty();
    Set<String> names = new LinkedHashSet<>();
    for (String[] pair : invalid.oneInvalidEach(parameters)) {
      all.add(pair[0], pair[1]);
      names.add(pair[0]);
    }
    expectFailures(ctx, send(ctx, all), names, "every parameter invalid", rec);
    if (parameters.size() >= 2) {
      GrammarParameter first = parameters.get(0);
      GrammarParameter last = parameters.get(parameters.size() - 1);
      QueryString reversed =
          QueryString.empty()
              .add(last.name(), invalid.outside(last).get(0))
              .add(first.name(), invalid.outside(first).get(0));
      expectFailures(
          ctx,
          send(ctx, reversed),
          Set.of(first.name(), last.name()),
          "two invalid parameters, the contract's last one first",
          rec);
    }
  }

  static void repeated(RunContext ctx, Requirement req, Recorder rec) {
    InvalidValues invalid = new InvalidValues(ctx.contract());
    for (GrammarParameter parameter : ContractParameters.of(ctx.contract())) {
      String value = invalid.valid(parameter);
      QueryString twice =
          QueryString.empty().add(parameter.name(), value).add(parameter.name(), value);
      expectFailures(
          ctx, send(ctx, twice), Set.of(parameter.name()), parameter.name() + " given twice", rec);
    }
  }

  static void plusAsSpace(RunContext ctx, Requirement req, Recorder rec) {
    List<GrammarParameter> dateTimes =
        ContractParameters.of(ctx.contract()).stream()
            .filter(p -> p.filter().map(f -> f.type() == FilterValueType.DATE_TIME).orElse(false))
            .toList();
    if (dateTimes.isEmpty()) {
      rec.cannotExercise("the contract has no date-time filter");
      return;
    }
    for (GrammarParameter parameter : dateTimes) {
      String prefix = parameter.filter().orElseThrow().operators().get(0).prefix();
      // A raw '+' on the wire: form decoding makes it a space.
      String raw = parameter.name() + "=" + prefix + "2024-01-01T20:00:00+02:00";
      Exchange exchange = send(ctx, QueryString.empty().raw(raw));
      expectFailures(ctx, exchange, Set.of(parameter.name()), "a '+' sent raw", rec);
      if (exchange.status() == 400 && Bodies.wellFormedFailures(exchange)) {
        boolean says =
            Bodies.failureMessages(exchange, parameter.name()).stream()
                .anyMatch(message -> message.toUpperCase(Locale.ROOT).contains("%2B"));
        if (!says) {
          rec.fail(
              exchange,
              "the failure message for " + parameter.name() + " to say to send '+' as %2B");
        }
      }
    }
  }

  static void percentEncoding(RunContext ctx, Requirement req, Recorder rec) {
    List<GrammarParameter> parameters = ContractParameters.of(ctx.contract());
    List<GrammarParameter> probed =
        List.of(parameters.get(0), parameters.get(parameters.size() - 1));
    for (GrammarParameter parameter : new LinkedHashSet<>(probed)) {
      for (String bad : List.of("%zz", "1%2", "%")) {
        Exchange exchange = send(ctx, QueryString.empty().raw(parameter.name() + "=" + bad));
        expectFailures(
            ctx,
            exchange,
            Set.of(parameter.name()),
            parameter.name() + "=" + bad + " on the wire",
            rec);
      }
    }
  }

  /** The whole list with an unknown parameter is the whole list without it. */
  static void unknownIgnored(RunContext ctx, Requirement req, Recorder rec) {
    Listing plain = ctx.listings().all(Role.BOTH, Map.of());
    // An empty answer cannot show that the parameter was ignored.
    rec.needs("projects visible to `both` without parameters", plain.size());
    for (String value : List.of("1", "not valid anywhere")) {
      rec.exercised();
      try {
        Listing with = ctx.listings().all(Role.BOTH, Map.of(UNKNOWN_PARAMETER, value));
        if (!with.ids().equals(plain.ids())) {
          rec.fail(
              with.firstPage(),
              "the same projects as without the unknown parameter: "
                  + ProjectIds.describe(plain.ids())
                  + ", not "
                  + ProjectIds.describe(with.ids()));
        }
      } catch (TargetMisbehaved misbehaved) {
        rec.fail(misbehaved.exchange(), "200: an unknown parameter is ignored");
      }
    }
  }
}
