package io.wethodkit.mock.coverage.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.wethodkit.mock.client.Coverage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<Coverage.Behaviour> never = coverage.notCovered();
    out.append("<h2 id=\"never\" class=\"never\">Never met (")
        .append(never.size())
        .append(")</h2>\n");
    if (never.isEmpty()) {
      out.append("<p>Every behaviour was met.</p>\n");
    }
    byFamily(never)
        .forEach(
            (family, behaviours) -> {
              out.append("<h3>").append(escapeHtml4(family)).append("</h3>\n");
              out.append(
                  "<table class=\"never\"><thead><tr><th scope=\"col\">Behaviour</th>"
                      + "<th scope=\"col\">What it is</th><th scope=\"col\">A request that meets"
                      + " it</th></tr></thead><tbody>\n");
              for (Coverage.Behaviour behaviour : behaviours) {
                out.append("<tr data-id=\"")
                    .append(escapeHtml4(behaviour.id()))
                    .append("\"><td><code>")
                    .append(escapeHtml4(behaviour.id()))
                    .append("</code></td><td>")
                    .append(escapeHtml4(behaviour.description()))
                    .append("</td><td>");
                if (behaviour.howToMeet() != null) {
                  out.append("<code>")
                      .append(escapeHtml4(behaviour.howToMeet().describe()))
                      .append("</code><br><span class=\"note\">")
                      .append(escapeHtml4(behaviour.howToMeet().note()))
                      .append("</span>");
                } else {
                  out.append("<span class=\"note\">Cannot be met on the current data: ")
                      .append(escapeHtml4(behaviour.cannotMeet()))
                      .append("</span>");
                }
                out.append("</td></tr>\n");
              }
              out.append("</tbody></table>\n");
            });
    List<Coverage.Behaviour> met = coverage.covered();
    out.append("<h2 id=\"met\" class=\"met\">Met (").append(met.size()).append(")</h2>\n");
    if (met.isEmpty()) {
      out.append("<p>No behaviour was met.</p>\n");
    }
    byFamily(met)
        .forEach(
            (family, behaviours) -> {
              out.append("<h3>").append(escapeHtml4(family)).append("</h3>\n");
              out.append(
                  "<table class=\"met\"><thead><tr><th scope=\"col\">Behaviour</th>"
                      + "<th scope=\"col\">What it is</th><th scope=\"col\">Calls</th>"
                      + "<th scope=\"col\">First call</th></tr></thead><tbody>\n");
              for (Coverage.Behaviour behaviour : behaviours) {
                out.append("<tr data-id=\"")
                    .append(escapeHtml4(behaviour.id()))
                    .append("\"><td><code>")
                    .append(escapeHtml4(behaviour.id()))
                    .append("</code></td><td>")
                    .append(escapeHtml4(behaviour.description()))
                    .append("</td><td>")
                    .append(behaviour.calls())
                    .append("</td><td><code>")
                    .append(
                        behaviour.example() == null
                            ? ""
                            : escapeHtml4(behaviour.example().describe()))
                    .append("</code></td></tr>\n");
              }
              out.append("</tbody></table>\n");
            });
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static Map<String, List<Coverage.Behaviour>> byFamily(List<Coverage.Behaviour> list) {
    Map<String, List<Coverage.Behaviour>> out = new LinkedHashMap<>();
    for (Coverage.Behaviour behaviour : list) {
      out.computeIfAbsent(behaviour.family(), f -> new java.util.ArrayList<>()).add(behaviour);
    }
    return out;
  }
}
