package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The 401 and 412 answers, cause by cause. */
final class AuthVerifier {

  private AuthVerifier() {}

  static void required(RunContext ctx, Requirement req, Recorder rec) {
    rec.expectStatus(
        ctx.client().send(ctx.requests().anonymous()), 401, "401 without Authorization");
    rec.expectStatus(
        ctx.client().send(ctx.requests().withAuthorization("Bearer " + Probes.UNKNOWN_TOKEN)),
        401,
        "401 with a token the target never issued");
  }

  static void unauthorized(
      RunContext ctx, Recorder rec, TargetRequest request, String what, boolean challenge) {
    Exchange exchange = ctx.client().send(request);
    String key = ctx.contract().error(401).key();
    String expected =
        "401 with key '"
            + key
            + "'"
            + (challenge ? " and WWW-Authenticate: Bearer" : "")
            + " "
            + what;
    if (!rec.expectStatus(exchange, 401, expected)) {
      return;
    }
    boolean keyOk = exchange.errorKey().filter(key::equals).isPresent();
    boolean challengeOk =
        !challenge
            || exchange
                .header("WWW-Authenticate")
                .map(value -> value.trim().toLowerCase(Locale.ROOT).startsWith("bearer"))
                .orElse(false);
    if (!keyOk || !challengeOk) {
      rec.fail(exchange, expected);
    }
  }

  static void wrongScheme(RunContext ctx, Requirement req, Recorder rec) {
    String token = ctx.config().identity(Role.BOTH).token();
    String basic =
        Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));
    for (String authorization : List.of("Basic " + basic, "Token " + token, "Bearer", token)) {
      unauthorized(
          ctx,
          rec,
          ctx.requests().withAuthorization(authorization),
          "for 'Authorization: " + authorization.split(" ", 2)[0] + " …'",
          false);
    }
  }

  static void schemeCase(RunContext ctx, Requirement req, Recorder rec) {
    String token = ctx.config().identity(Role.BOTH).token();
    for (String scheme : List.of("bearer", "BEARER")) {
      Exchange exchange = ctx.client().send(ctx.requests().withAuthorization(scheme + " " + token));
      rec.expectStatus(
          exchange, 200, "200: the scheme '" + scheme + "' is Bearer, case-insensitively");
    }
  }

  static void revoked(RunContext ctx, Requirement req, Recorder rec) {
    if (ctx.config().revokedToken().isEmpty()) {
      rec.cannotExercise("the config names no revokedToken");
      return;
    }
    unauthorized(
        ctx,
        rec,
        ctx.requests().withAuthorization("Bearer " + ctx.config().revokedToken().get()),
        "with a revoked token",
        false);
  }

  static void precondition(RunContext ctx, Recorder rec, TargetRequest request, String what) {
    Exchange exchange = ctx.client().send(request);
    String key = ctx.contract().error(412).key();
    String expected = "412 with key '" + key + "' " + what;
    if (rec.expectStatus(exchange, 412, expected)
        && !exchange.errorKey().filter(key::equals).isPresent()) {
      rec.fail(exchange, expected);
    }
  }

  static void companyMissing(RunContext ctx, Requirement req, Recorder rec) {
    String header = ctx.requests().companyHeader();
    TargetRequest valid = ctx.requests().as(Role.BOTH);
    precondition(ctx, rec, valid.withoutHeader(header), "without " + header);
    precondition(ctx, rec, valid.withHeader(header, ""), "with an empty " + header);
    precondition(ctx, rec, valid.withHeader(header, "   "), "with a blank " + header);
  }

  static void versionMissing(RunContext ctx, Requirement req, Recorder rec) {
    String header = ctx.requests().versionHeader();
    TargetRequest valid = ctx.requests().as(Role.BOTH);
    precondition(ctx, rec, valid.withoutHeader(header), "without " + header);
    precondition(ctx, rec, valid.withHeader(header, ""), "with an empty " + header);
  }

  static void versionMalformed(RunContext ctx, Requirement req, Recorder rec) {
    String header = ctx.requests().versionHeader();
    TargetRequest valid = ctx.requests().as(Role.BOTH);
    String supported = ctx.contract().headers().supportedVersions().get(0);
    List<String> values =
        List.of(
            "latest",
            supported.replace("-", "/"),
            supported + "T00:00:00Z",
            "2024-02-30",
            "2024-6-15");
    for (String value : values) {
      precondition(ctx, rec, valid.withHeader(header, value), "for " + header + ": " + value);
    }
  }

  static void versionUnsupported(RunContext ctx, Requirement req, Recorder rec) {
    String header = ctx.requests().versionHeader();
    precondition(
        ctx,
        rec,
        ctx.requests().as(Role.BOTH).withHeader(header, unsupportedVersion(ctx)),
        "for a version the contract does not list");
  }

  /** A real date that is not a supported version. */
  static String unsupportedVersion(RunContext ctx) {
    List<String> supported = ctx.contract().headers().supportedVersions();
    LocalDate candidate = LocalDate.of(2000, 1, 1);
    while (supported.contains(candidate.toString())) {
      candidate = candidate.plusDays(1);
    }
    return candidate.toString();
  }
}
