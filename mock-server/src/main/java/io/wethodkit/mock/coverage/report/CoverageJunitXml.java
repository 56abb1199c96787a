package io.wethodkit.mock.coverage.report;

import io.wethodkit.mock.client.Coverage;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The coverage as JUnit XML, the format CI servers read test results in: one {@code testcase} per
 * behaviour, grouped by family in its {@code classname}; a behaviour met passes (its calls and
 * first call in {@code system-out}), one never met is skipped, the request that would meet it (or
 * why none can) in the skip's message.
 */
final class CoverageJunitXml {

  private final Coverage coverage;
  private final String endpoint;

  CoverageJunitXml(Coverage coverage, String endpoint) {
    this.coverage = coverage;
    this.endpoint = endpoint;
  }

  String render() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", endpoint + " coverage");
      xml.writeAttribute("tests", String.valueOf(coverage.summary().total()));
      xml.writeAttribute("failures", "0");
      xml.writeAttribute("errors", "0");
      xml.writeAttribute(
          "skipped", String.valueOf(coverage.summary().total() - coverage.summary().covered()));
      xml.writeAttribute("time", "0");
      xml.writeAttribute("timestamp", timestamp(coverage.since()));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      property(xml, "since", coverage.since());
      property(xml, "covered", String.valueOf(coverage.summary().covered()));
      property(xml, "recording", String.valueOf(coverage.recording()));
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      for (Coverage.Behaviour behaviour : coverage.behaviours()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "coverage." + group(behaviour.id()));
        xml.writeAttribute("name", behaviour.id());
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n    ");
        if (behaviour.covered()) {
          xml.writeStartElement("system-out");
          xml.writeCharacters(
              behaviour.description()
                  + "\n"
                  + behaviour.calls()
                  + (behaviour.calls() == 1 ? " call" : " calls")
                  + (behaviour.example() == null
                      ? ""
                      : ", first " + behaviour.example().describe()));
          xml.writeEndElement();
        } else {
          xml.writeStartElement("skipped");
          xml.writeAttribute(
              "message",
              "never met: "
                  + behaviour.description()
                  + " "
                  + (behaviour.howToMeet() != null ? "Meet it with: " : "")
                  + behaviour.howToMeetText());
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the coverage as XML", e);
    }
    return out.toString();
  }

  /** The ISO 8601 local date-time, in UTC and whole seconds, that JUnit XML's readers expect. */
  private static String timestamp(String instant) {
    try {
      return java.time.LocalDateTime.ofInstant(
              java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
              java.time.ZoneOffset.UTC)
          .toString();
    } catch (java.time.format.DateTimeParseException | NullPointerException e) {
      return "";
    }
  }

  /** The family part of an id: {@code 412}, {@code filter}, {@code page}... */
  private static String group(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value);
  }
}
