package io.wethodkit.mock.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The console's page: {@code console.html} with {@code console.css} and {@code console.js} inlined,
 * so that it is one self-contained document (no other request, works offline, and loads even when
 * an admin token guards every other admin call).
 */
public final class ConsolePage {

  private static final String FOLDER = "io/wethodkit/mock/console/";
  private static final String STYLE_MARK = "/* console.css */";
  private static final String SCRIPT_MARK = "/* console.js */";

  private final byte[] html;

  private ConsolePage(byte[] html) {
    this.html = html;
  }

  /** The page assembled from the classpath resources. */
  public static ConsolePage bundled() {
    String page = resource("console.html");
    page = page.replace(STYLE_MARK, resource("console.css"));
    page = page.replace(SCRIPT_MARK, resource("console.js"));
    return new ConsolePage(page.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] html() {
    return html.clone();
  }

  private static String resource(String name) {
    try (InputStream in = ConsolePage.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the console resource " + FOLDER + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
