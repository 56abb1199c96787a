package io.wethodkit.drift;

import io.wethodkit.conformance.catalogue.Level;
import java.util.Map;

/**
 * A group of requests on which the target and the mock disagree for one cause, shown by the
 * smallest request found.
 *
 * @param group the cause: what the smallest request holds, who sends it, and the status pair
 * @param requirement the catalogue requirement the cause concerns
 * @param level that requirement's level
 * @param count how many generated requests showed it
 * @param request the smallest request: its request line and headers (credentials masked)
 * @param identity who sent it
 * @param target what the target answered
 * @param mock what the mock answered
 * @param detail how they differ
 */
public record Difference(
    String group,
    String requirement,
    Level level,
    int count,
    Request request,
    String identity,
    Answer target,
    Answer mock,
    String detail) {

  /** A request as reports show it. */
  public record Request(String line, Map<String, String> headers) {}

  /**
   * An answer as reports show it: status (-1 for none), and the ids, or the error key and failure
   * fields, or a note.
   */
  public record Answer(int status, String summary) {}

  Difference counted(int more) {
    return new Difference(
        group, requirement, level, count + more, request, identity, target, mock, detail);
  }
}
