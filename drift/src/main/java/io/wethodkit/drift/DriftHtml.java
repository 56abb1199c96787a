package io.wethodkit.drift;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.wethodkit.conformance.catalogue.Level;

/** The Drift section of {@code report.html}: the verdict, the run's figures, and each group. */
final class DriftHtml {

  private DriftHtml() {}

  static String section(DriftOutcome outcome) {
    StringBuilder html = new StringBuilder("<section id=\"drift\">\n<h2>Drift</h2>\n");
    long must = outcome.differences().stream().filter(d -> d.level() == Level.MUST).count();
    html.append("<p class=\"verdict ")
        .append(outcome.mustDiffered() ? "fails" : "conforms")
        .append("\">")
        .append(
            outcome.differences().isEmpty()
                ? "No difference from the kit's mock."
                : outcome.differences().size()
                    + " difference group(s) from the kit's mock, "
                    + must
                    + " on a MUST requirement"
                    + (outcome.dataChanged()
                        ? " (the target's data changed: not held against it)"
                        : "")
                    + ".")
        .append("</p>\n<p>")
        .append(outcome.requests())
        .append(" generated requests (seed ")
        .append(outcome.seed())
        .append(") on ")
        .append(outcome.projects())
        .append(" projects; ids compared ")
        .append(outcome.orderKnown() ? "in order (the target orders as the mock does)" : "as sets")
        .append(".</p>\n");
    for (String note : outcome.notes()) {
      html.append("<p class=\"note\">").append(escapeHtml4(note)).append("</p>\n");
    }
    if (!outcome.differences().isEmpty()) {
      html.append(
          "<table><thead><tr><th>Group</th><th>Requirement</th><th>Level</th><th>Requests</th>"
              + "<th>Smallest request, answers</th></tr></thead><tbody>\n");
      for (Difference d : outcome.differences()) {
        html.append("<tr><td>")
            .append(escapeHtml4(d.group()))
            .append("</td><td><code>")
            .append(escapeHtml4(d.requirement()))
            .append("</code></td><td>")
            .append(d.level())
            .append("</td><td>")
            .append(d.count())
            .append("</td><td><pre>")
            .append(escapeHtml4(text(d)))
            .append("</pre></td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    return html.append("</section>\n").toString();
  }

  /** A difference as plain text: the request, both answers, how they differ. */
  static String text(Difference d) {
    StringBuilder text = new StringBuilder(d.request().line()).append('\n');
    d.request().headers().forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    return text.append("target: ")
        .append(d.target().status())
        .append(' ')
        .append(d.target().summary())
        .append("\nmock:   ")
        .append(d.mock().status())
        .append(' ')
        .append(d.mock().summary())
        .append('\n')
        .append(d.detail())
        .toString();
  }

  static String page(String section) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Drift report</title>"
        + "</head><body>\n"
        + section
        + "</body></html>\n";
  }
}
