package io.wethodkit.drift;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.conformance.catalogue.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what a drift run found: {@value #JSON} for machines, {@value #JUNIT_XML} for CI dashboards
 * (one test case per difference group), and a Drift section in the run's {@code report.html}.
 */
public final class DriftReports {

  public static final String JSON = "drift.json";
  public static final String JUNIT_XML = "TEST-drift.xml";
  public static final String HTML = "report.html";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DriftReports() {}

  public static void write(DriftOutcome outcome, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(JSON), json(outcome), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(JUNIT_XML), junit(outcome), StandardCharsets.UTF_8);
    Path html = dir.resolve(HTML);
    String section = DriftHtml.section(outcome);
    if (Files.exists(html)) {
      String page = Files.readString(html, StandardCharsets.UTF_8);
      int end = page.lastIndexOf("</body>");
      Files.writeString(
          html,
          end < 0 ? page + section : page.substring(0, end) + section + page.substring(end),
          StandardCharsets.UTF_8);
    } else {
      Files.writeString(html, DriftHtml.page(section), StandardCharsets.UTF_8);
    }
  }

  static String json(DriftOutcome outcome) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("seed", outcome.seed());
    root.put("requests", outcome.requests());
    root.put("projects", outcome.projects());
    root.put("orderKnown", outcome.orderKnown());
    root.put("dataChanged", outcome.dataChanged());
    root.put("mustDiffered", outcome.mustDiffered());
    outcome.notes().forEach(root.putArray("notes")::add);
    ArrayNode differences = root.putArray("differences");
    outcome.differences().forEach(d -> differences.add(MAPPER.valueToTree(d)));
    return MAPPER.writeValueAsString(root);
  }

  static String junit(DriftOutcome outcome) {
    long failures = outcome.differences().size();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"drift\" tests=\"")
        .append(Math.max(1, failures))
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    xml.append("  <properties><property name=\"seed\" value=\"")
        .append(outcome.seed())
        .append("\"/><property name=\"requests\" value=\"")
        .append(outcome.requests())
        .append("\"/></properties>\n");
    if (outcome.differences().isEmpty()) {
      xml.append("  <testcase classname=\"drift\" name=\"no difference from the mock\"/>\n");
    }
    for (Difference d : outcome.differences()) {
      xml.append("  <testcase classname=\"drift.")
          .append(escapeXml10(d.level().name()))
          .append("\" name=\"")
          .append(escapeXml10(d.requirement() + " " + d.group()))
          .append("\">\n    <failure message=\"")
          .append(escapeXml10(d.detail()))
          .append("\" type=\"")
          .append(d.level() == Level.MUST ? "MUST" : "SHOULD")
          .append("\">")
          .append(escapeXml10(DriftHtml.text(d)))
          .append("</failure>\n  </testcase>\n");
    }
    xml.append("</testsuite>\n");
    return xml.toString();
  }
}
