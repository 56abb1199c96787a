package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import java.util.function.UnaryOperator;

/**
 * Which error wins when a request has several causes. Each cause alone must first give its own
 * status; otherwise the order between them cannot be observed and the check is inconclusive.
 */
final class PrecedenceVerifier {

  private PrecedenceVerifier() {}

  /** The change to a valid request that provokes {@code status}. */
  static UnaryOperator<TargetRequest> cause(RunContext ctx, int status) {
    return switch (status) {
      case 401 -> request -> request.withoutHeader(Requests.authorizationHeader());
      // The version header: the company header is the 403 cause's.
      case 412 -> request -> request.withoutHeader(ctx.requests().versionHeader());
      case 403 ->
          request -> request.withHeader(ctx.requests().companyHeader(), Probes.UNKNOWN_COMPANY);
      case 400 -> request -> request.withQuery(Probes.invalidQueries(ctx).get(0));
      default -> throw new IllegalArgumentException("no cause for " + status);
    };
  }

  static void precedence(RunContext ctx, Requirement req, Recorder rec) {
    int first = Integer.parseInt(req.requiredBinding("first"));
    int second = Integer.parseInt(req.requiredBinding("second"));
    TargetRequest valid = ctx.requests().as(Role.BOTH);
    for (int status : new int[] {first, second}) {
      Exchange alone = ctx.client().send(cause(ctx, status).apply(valid));
      if (!alone.answered()) {
        rec.fail(alone, "an answer (" + status + ")");
        return;
      }
      if (alone.status() != status) {
        rec.cannotExercise(
            "the cause of a "
                + status
                + " alone was answered "
                + alone.status()
                + " (see the checks of "
                + status
                + ")");
        return;
      }
    }
    Exchange both = ctx.client().send(cause(ctx, first).andThen(cause(ctx, second)).apply(valid));
    rec.expectStatus(
        both, first, first + " for a request that is both a " + first + " and a " + second);
  }
}
