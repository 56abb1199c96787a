package io.wethodkit.mock.coverage.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.wethodkit.mock.client.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The coverage as one self-contained HTML page (no script, no other file): the summary, then the
 * behaviours never met, each with the request that would meet it, then those met, each with its
 * calls and first call, grouped by family.
 */
final class CoverageHtml {

  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2430;",
          "max-width:72rem;margin:0 auto;padding:1rem;line-height:1.4}",
          "h1{font-size:1.4rem}h2{font-size:1.15rem;border-bottom:1px solid #d5dbe4}",
          "h3{font-size:1rem;margin:1rem 0 .25rem;color:#566173}",
          "table{border-collapse:collapse;width:100%;font-size:.9rem}",
          "th,td{border-bottom:1px solid #d5dbe4;padding:.3rem .5rem;text-align:left;",
          "vertical-align:top;overflow-wrap:anywhere}th{background:#f3f5f8}",
          "code{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,monospace;font-size:.9em}",
          ".never{color:#a4161a}.met{color:#1b6e3a}.note{color:#566173;font-size:.85rem}",
          ".bar{height:.75rem;background:#f3f5f8;border:1px solid #d5dbe4;border-radius:3px}",
          ".bar span{display:block;height:100%;background:#1b6e3a}");

  private final Coverage coverage;
  private final String endpoint;

  CoverageHtml(Coverage coverage, String endpoint) {
    this.coverage = coverage;
    this.endpoint = endpoint;
  }

  String render() {
    int covered = coverage.summary().covered();
    int total = coverage.summary().total();
    long percent = total == 0 ? 0 : Math.round(100.0 * covered / total);
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escapeHtml4(endpoint))
        .append(" coverage</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>")
        .append(escapeHtml4(endpoint))
        .append(": behaviours met by its clients</h1>\n<p id=\"summary\"><strong>")
        .append(covered)
        .append(" of ")
        .append(total)
        .append("</strong> behaviours met (")
        .append(percent)
        .append("%) since ")
        .append(escapeHtml4(coverage.since()))
        .append(coverage.recording() ? "" : "; calls were not recorded (--no-coverage)")
        .append(".</p>\n<div class=\"bar\" role=\"img\" aria-label=\"")
        .append(percent)
        .append("% met\"><span style=\"width:")
        .append(percent)
        .append("%\"></span></div>\n");
    section(
        out,
        "never",
        "Never met",
        coverage.notCovered(),
        "Every behaviour was met.",
        List.of("A request that meets it"),
        behaviour ->
            behaviour.howToMeet() != null
                ? "<td><code>"
                    + escapeHtml4(behaviour.howToMeet().describe())
                    + "</code><br><span class=\"note\">"
                    + escapeHtml4(behaviour.howToMeet().note())
                    + "</span></td>"
                : "<td><span class=\"note\">Cannot be met on the current data: "
                    + escapeHtml4(behaviour.cannotMeet())
                    + "</span></td>");
    section(
        out,
        "met",
        "Met",
        coverage.covered(),
        "No behaviour was met.",
        List.of("Calls", "First call"),
        behaviour ->
            "<td>"
                + behaviour.calls()
                + "</td><td><code>"
                + (behaviour.example() == null ? "" : escapeHtml4(behaviour.example().describe()))
                + "</code></td>");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /**
   * One list of behaviours ({@code kind}: its id and class), by family, each row the behaviour's id
   * and description, then the cells that {@code cells} renders under {@code columns}.
   */
  private static void section(
      StringBuilder out,
      String kind,
      String title,
      List<Coverage.Behaviour> behaviours,
      String whenEmpty,
      List<String> columns,
      Function<Coverage.Behaviour, String> cells) {
    out.append("<h2 id=\"")
        .append(kind)
        .append("\" class=\"")
        .append(kind)
        .append("\">")
        .append(title)
        .append(" (")
        .append(behaviours.size())
        .append(")</h2>\n");
    if (behaviours.isEmpty()) {
      out.append("<p>").append(whenEmpty).append("</p>\n");
    }
    byFamily(behaviours)
        .forEach(
            (family, inFamily) -> {
              out.append("<h3>").append(escapeHtml4(family)).append("</h3>\n");
              out.append("<table class=\"")
                  .append(kind)
                  .append("\"><thead><tr><th scope=\"col\">Behaviour</th>")
                  .append("<th scope=\"col\">What it is</th>");
              columns.forEach(
                  column -> out.append("<th scope=\"col\">").append(column).append("</th>"));
              out.append("</tr></thead><tbody>\n");
              for (Coverage.Behaviour behaviour : inFamily) {
                out.append("<tr data-id=\"")
                    .append(escapeHtml4(behaviour.id()))
                    .append("\"><td><code>")
                    .append(escapeHtml4(behaviour.id()))
                    .append("</code></td><td>")
                    .append(escapeHtml4(behaviour.description()))
                    .append("</td>")
                    .append(cells.apply(behaviour))
                    .append("</tr>\n");
              }
              out.append("</tbody></table>\n");
            });
  }

  private static Map<String, List<Coverage.Behaviour>> byFamily(List<Coverage.Behaviour> list) {
    Map<String, List<Coverage.Behaviour>> out = new LinkedHashMap<>();
    for (Coverage.Behaviour behaviour : list) {
      out.computeIfAbsent(behaviour.family(), f -> new ArrayList<>()).add(behaviour);
    }
    return out;
  }
}
