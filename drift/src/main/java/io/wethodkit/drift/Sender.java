package io.wethodkit.drift;

import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.client.TargetRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Sends one drift request to the target and to the mock, and compares the answers. */
final class Sender {

  private final TargetClient target;
  private final TargetClient mock;
  private final Map<String, String> headers;
  private final AnswerComparison comparison;
  private final ListReader reader;
  private final long defaultLimit;

  Sender(
      TargetClient target,
      TargetClient mock,
      Map<String, String> headers,
      AnswerComparison comparison,
      ListReader reader,
      long defaultLimit) {
    this.target = target;
    this.mock = mock;
    this.headers = headers;
    this.comparison = comparison;
    this.reader = reader;
    this.defaultLimit = defaultLimit;
  }

  Comparison send(DriftRequest request) {
    TargetRequest wire = request.toTarget(headers);
    Exchange fromTarget = target.send(wire);
    Observation targetAnswer = Observation.of(fromTarget);
    Observation mockAnswer = Observation.of(mock.send(wire));
    Supplier<Set<String>> whole =
        () -> new HashSet<>(reader.read(mock, withoutWindow(request).toTarget(headers)).ids());
    return new Comparison(
        request,
        fromTarget,
        targetAnswer,
        mockAnswer,
        comparison.compare(targetAnswer, mockAnswer, window(request, mockAnswer), whole));
  }

  /** Whether the answer is a window of a longer list: a page was asked for, or the page is full. */
  private boolean window(DriftRequest request, Observation mockAnswer) {
    boolean paged =
        request.params().stream()
            .anyMatch(
                p ->
                    p.valid()
                        && (p.kind() == QueryParam.Kind.LIMIT
                            || p.kind() == QueryParam.Kind.OFFSET));
    return paged || mockAnswer.ids().size() >= defaultLimit;
  }

  private static DriftRequest withoutWindow(DriftRequest request) {
    DriftRequest out = request;
    for (int i = out.params().size() - 1; i >= 0; i--) {
      QueryParam.Kind kind = out.params().get(i).kind();
      if (kind == QueryParam.Kind.LIMIT || kind == QueryParam.Kind.OFFSET) {
        out = out.without(i);
      }
    }
    return out;
  }
}
