package io.wethodkit.conformance.report;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Gives the JUnit XML that the JUnit Platform writes the names CI dashboards should show: each test
 * case is named by its requirement id (the platform's legacy name of a dynamic test is only its
 * position) and classed by its area. The dump of the JVM's system properties is left out.
 */
public final class JunitXmlNames {

  /** The display path's last segment: {@code display-name: JUnit Jupiter > … > PRJ-…}. */
  private static final Pattern DISPLAY_NAME =
      Pattern.compile("display-name: (?:.* > )?(\\S+)\\s*$", Pattern.MULTILINE);

  private JunitXmlNames() {}

  public static void rewrite(Path file, Catalogue catalogue) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      Document document = builder.parse(file.toFile());
      NodeList properties = document.getElementsByTagName("properties");
      for (int i = properties.getLength() - 1; i >= 0; i--) {
        Node node = properties.item(i);
        node.getParentNode().removeChild(node);
      }
      NodeList cases = document.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element testCase = (Element) cases.item(i);
        displayName(testCase)
            .flatMap(catalogue::find)
            .ifPresent(requirement -> rename(testCase, requirement));
      }
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      transformer.transform(new DOMSource(document), new StreamResult(file.toFile()));
    } catch (Exception e) {
      throw new IOException("cannot rewrite " + file + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> displayName(Element testCase) {
    NodeList outs = testCase.getElementsByTagName("system-out");
    Optional<String> name = Optional.empty();
    for (int i = outs.getLength() - 1; i >= 0; i--) {
      Node out = outs.item(i);
      Matcher matcher = DISPLAY_NAME.matcher(out.getTextContent());
      if (matcher.find()) {
        name = Optional.of(matcher.group(1));
        // The platform's ids and display path say nothing a dashboard needs.
        out.getParentNode().removeChild(out);
      }
    }
    return name;
  }

  private static void rename(Element testCase, Requirement requirement) {
    testCase.setAttribute("name", requirement.id());
    testCase.setAttribute(
        "classname", "conformance." + requirement.area() + "." + requirement.level());
  }
}
