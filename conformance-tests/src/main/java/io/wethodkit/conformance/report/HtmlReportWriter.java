package io.wethodkit.conformance.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.wethodkit.conformance.catalogue.Area;
import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.conformance.verdict.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: a self-contained certification report (inline style, no script, no
 * external resource) with the verdict, the score, what the target's data could not show, a table
 * per area with the evidence of failures and what the data held for each check, and the
 * requirements catalogue.
 */
public final class HtmlReportWriter {

  public static final String FILE = "report.html";

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;color:#1d2329;padding:0 1rem}
      h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #e3e7eb;padding-bottom:.3rem}
      table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e7eb;vertical-align:top;font-size:.92rem}
      th{background:#f5f7f9}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
      pre{white-space:pre-wrap;word-break:break-all;background:#f5f7f9;padding:.5rem;border-radius:4px;margin:.3rem 0}
      .verdict{padding:1rem 1.2rem;border-radius:6px;font-size:1.2rem;font-weight:600;margin:1rem 0}
      .conforms{background:#e6f4ea;color:#1e6b34}.fails{background:#fce8e6;color:#a50e0e}
      .badge{display:inline-block;padding:.1rem .45rem;border-radius:3px;font-size:.78rem;font-weight:600}
      .PASS{background:#e6f4ea;color:#1e6b34}.FAIL{background:#fce8e6;color:#a50e0e}
      .INCONCLUSIVE{background:#fef7e0;color:#8a5a00}.SKIPPED{background:#eceff1;color:#50585f}
      .MUST{font-weight:700}.SHOULD{color:#50585f}.meta td:first-child{width:12rem;color:#50585f}
      details{margin:.3rem 0}summary{cursor:pointer;color:#1a4f8b}.note{color:#50585f;font-size:.88rem}
      """;

  private HtmlReportWriter() {}

  public static Path write(RunInfo info, RunOutcome outcome, Catalogue catalogue, Path dir)
      throws IOException {
    Path file = dir.resolve(FILE);
    Files.writeString(file, render(info, outcome, catalogue), StandardCharsets.UTF_8);
    return file;
  }

  static String render(RunInfo info, RunOutcome outcome, Catalogue catalogue) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Conformance report: GET /api/projects</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    html.append("<h1>Conformance report: <code>GET /api/projects</code></h1>\n");
    boolean conforms = !outcome.mustFailed();
    html.append("<div class=\"verdict ")
        .append(conforms ? "conforms" : "fails")
        .append("\">")
        .append(
            conforms
                ? "Conforms: no MUST requirement failed."
                : "Does not conform: "
                    + failed(outcome, Level.MUST)
                    + " MUST requirement(s) failed.")
        .append("</div>\n");
    meta(html, info, outcome);
    score(html, outcome);
    dataLacking(html, outcome);
    for (Area area : catalogue.areas()) {
      List<CheckResult> results =
          outcome.results().stream().filter(r -> r.requirement().area().equals(area.id())).toList();
      if (!results.isEmpty()) {
        area(html, area, results);
      }
    }
    catalogueSection(html, catalogue);
    html.append("</body></html>\n");
    return html.toString();
  }

  private static long failed(RunOutcome outcome, Level level) {
    return outcome.results().stream()
        .filter(r -> r.status() == Status.FAIL && r.requirement().level() == level)
        .count();
  }

  private static void meta(StringBuilder html, RunInfo info, RunOutcome outcome) {
    html.append("<table class=\"meta\">");
    row(html, "Target", "<code>" + escapeHtml4(info.target()) + "</code>");
    row(html, "Mode", escapeHtml4(info.mode()));
    row(html, "Contract", "<code>" + escapeHtml4(info.contractSource()) + "</code>");
    row(html, "Contract SHA-256", "<code>" + escapeHtml4(info.contractSha256()) + "</code>");
    row(html, "Suite version", escapeHtml4(info.suiteVersion()));
    row(html, "Started at", escapeHtml4(outcome.startedAt().toString()));
    row(
        html,
        "Seed",
        "<code>"
            + info.seed()
            + "</code> <span class=\"note\">(<code>--seed "
            + info.seed()
            + "</code> sends the same sampled requests again)</span>");
    row(
        html,
        "Requests",
        info.requests()
            + " in "
            + String.format(Locale.ROOT, "%.1f", info.durationMillis() / 1000.0)
            + " s");
    html.append("</table>\n");
  }

  private static void row(StringBuilder html, String name, String value) {
    html.append("<tr><td>")
        .append(escapeHtml4(name))
        .append("</td><td>")
        .append(value)
        .append("</td></tr>");
  }

  private static void score(StringBuilder html, RunOutcome outcome) {
    html.append("<h2>Score</h2><table><tr><th>Level</th><th>Passed</th><th>Failed</th>")
        .append("<th>Inconclusive</th><th>Skipped</th><th>Score</th></tr>");
    for (Level level : Level.values()) {
      long pass = count(outcome, level, Status.PASS);
      long fail = count(outcome, level, Status.FAIL);
      long inconclusive = count(outcome, level, Status.INCONCLUSIVE);
      long skipped = count(outcome, level, Status.SKIPPED);
      long decided = pass + fail + inconclusive;
      html.append("<tr><td class=\"")
          .append(level)
          .append("\">")
          .append(level)
          .append("</td><td>")
          .append(pass)
          .append("</td><td>")
          .append(fail)
          .append("</td><td>")
          .append(inconclusive)
          .append("</td><td>")
          .append(skipped)
          .append("</td><td>")
          .append(
              decided == 0
                  ? "–"
                  : pass
                      + " / "
                      + decided
                      + String.format(Locale.ROOT, " (%.0f%%)", 100.0 * pass / decided))
          .append("</td></tr>");
    }
    html.append("</table>\n");
  }

  /**
   * The checks that could not judge because the target's data held too little of what they needed:
   * what to load for a certificate without INCONCLUSIVE verdicts.
   */
  private static void dataLacking(StringBuilder html, RunOutcome outcome) {
    List<CheckResult> lacking = outcome.dataLacking();
    html.append("<h2 id=\"data-could-not-show\">What your data could not show</h2>\n");
    if (lacking.isEmpty()) {
      html.append(
          "<p class=\"note\">Nothing: the target's data held what every check needed.</p>\n");
      return;
    }
    html.append("<p class=\"note\">")
        .append(lacking.size())
        .append(
            " check(s) are INCONCLUSIVE, not PASS, because the target's data held too little of"
                + " what they need to show the behaviour. Load such data and run again.</p>\n")
        .append("<table><tr><th>Requirement</th><th>Level</th><th>What the data held</th></tr>\n");
    for (CheckResult result : lacking) {
      html.append("<tr><td><a href=\"#")
          .append(escapeHtml4(result.requirement().id()))
          .append("\"><code>")
          .append(escapeHtml4(result.requirement().id()))
          .append("</code></a></td><td class=\"")
          .append(result.requirement().level())
          .append("\">")
          .append(result.requirement().level())
          .append("</td><td><ul class=\"data\">");
      result
          .lacking()
          .forEach(
              data -> html.append("<li>").append(escapeHtml4(data.describe())).append("</li>"));
      html.append("</ul></td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static long count(RunOutcome outcome, Level level, Status status) {
    return outcome.results().stream()
        .filter(r -> r.requirement().level() == level && r.status() == status)
        .count();
  }

  private static void area(StringBuilder html, Area area, List<CheckResult> results) {
    html.append("<h2>")
        .append(escapeHtml4(area.title()))
        .append("</h2>\n<table><tr><th>Requirement</th>")
        .append("<th>Level</th><th>Status</th><th>Title and evidence</th></tr>\n");
    for (CheckResult result : results) {
      Requirement requirement = result.requirement();
      html.append("<tr id=\"")
          .append(escapeHtml4(requirement.id()))
          .append("\"><td><code>")
          .append(escapeHtml4(requirement.id()))
          .append("</code></td><td class=\"")
          .append(requirement.level())
          .append("\">")
          .append(requirement.level())
          .append("</td><td><span class=\"badge ")
          .append(result.status())
          .append("\">")
          .append(result.status())
          .append("</span></td><td>")
          .append(escapeHtml4(requirement.title()));
      evidence(html, result);
      data(html, result);
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void evidence(StringBuilder html, CheckResult result) {
    if (result.evidence().isEmpty()) {
      return;
    }
    if (result.status() != Status.FAIL) {
      result
          .evidence()
          .forEach(
              e ->
                  html.append("<div class=\"note\">")
                      .append(escapeHtml4(e.summary()))
                      .append("</div>"));
      return;
    }
    html.append("<details open><summary>Evidence (")
        .append(result.evidence().size())
        .append(")</summary>");
    for (Evidence evidence : result.evidence()) {
      StringBuilder text = new StringBuilder();
      if (evidence.request() != null) {
        text.append(evidence.request()).append('\n');
        if (evidence.headers() != null) {
          for (Map.Entry<String, String> header : evidence.headers().entrySet()) {
            text.append(header.getKey()).append(": ").append(header.getValue()).append('\n');
          }
        }
        text.append("→ ")
            .append(
                evidence.status() != null
                    ? "status " + evidence.status()
                    : "no answer: " + evidence.error())
            .append('\n');
        if (evidence.bodyExcerpt() != null && !evidence.bodyExcerpt().isEmpty()) {
          text.append(evidence.bodyExcerpt()).append('\n');
        }
      }
      if (evidence.expected() != null) {
        text.append("Expected: ").append(evidence.expected()).append('\n');
      }
      if (evidence.note() != null) {
        text.append(evidence.note()).append('\n');
      }
      html.append("<pre>").append(escapeHtml4(text.toString().stripTrailing())).append("</pre>");
    }
    html.append("</details>");
  }

  /** What the target's data held of what the check needed. */
  private static void data(StringBuilder html, CheckResult result) {
    if (result.data().isEmpty()) {
      return;
    }
    html.append("<div class=\"note\">Data held: ");
    List<DataHeld> data = result.data();
    for (int i = 0; i < data.size(); i++) {
      html.append(i == 0 ? "" : "; ")
          .append(data.get(i).lacking() ? "<strong>" : "")
          .append(escapeHtml4(data.get(i).describe()))
          .append(data.get(i).lacking() ? "</strong>" : "");
    }
    html.append("</div>");
  }

  private static void catalogueSection(StringBuilder html, Catalogue catalogue) {
    html.append(
            "<h2>Requirements catalogue</h2>\n"
                + "<p class=\"note\">MUST: the reference page states it (its sentences are"
                + " quoted); ")
        .append(
            "a failure means the implementation does not conform. SHOULD: one of the contract's ")
        .append("Interpretations; a failure is reported but does not fail the run.</p>\n")
        .append(
            "<table><tr><th>Id</th><th>Level</th><th>Status</th><th>Title</th><th>Basis</th></tr>\n");
    for (Requirement requirement : catalogue.requirements()) {
      html.append("<tr><td><code>")
          .append(escapeHtml4(requirement.id()))
          .append("</code></td><td class=\"")
          .append(requirement.level())
          .append("\">")
          .append(requirement.level())
          .append("</td><td>")
          .append(escapeHtml4(requirement.status()))
          .append("</td><td>")
          .append(escapeHtml4(requirement.title()))
          .append("</td><td class=\"note\">")
          .append(escapeHtml4(requirement.basis()));
      if (!requirement.page().isEmpty()) {
        html.append("<ul class=\"page\">");
        requirement
            .page()
            .forEach(line -> html.append("<li><q>").append(escapeHtml4(line)).append("</q></li>"));
        html.append("</ul>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }
}
