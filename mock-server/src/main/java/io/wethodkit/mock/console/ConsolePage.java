package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.client.AdminToken;
import io.wethodkit.mock.store.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The console's page: {@code console.html} with {@code console.css} and {@code console.js} inlined,
 * so that it is one self-contained document (no other request, works offline, and loads even when
 * an admin token guards every other admin call). The page's script builds its admin calls from the
 * routes of {@link AdminRouteTable} and the header of {@link AdminToken}, written into the page as
 * JSON.
 */
public final class ConsolePage {

  private static final String FOLDER = "io/wethodkit/mock/console/";
  private static final String STYLE_MARK = "/* console.css */";
  private static final String SCRIPT_MARK = "/* console.js */";
  private static final String ADMIN_API_MARK = "/* admin api */";

  private final byte[] html;

  private ConsolePage(byte[] html) {
    this.html = html;
  }

  /** The page assembled from the classpath resources. */
  public static ConsolePage bundled() {
    String page = resource("console.html");
    // The routes first: the inlined files cannot then hold a mark by chance.
    page = page.replace(ADMIN_API_MARK, adminApi());
    page = page.replace(STYLE_MARK, resource("console.css"));
    page = page.replace(SCRIPT_MARK, resource("console.js"));
    return new ConsolePage(page.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] html() {
    return html.clone();
  }

  /**
   * {@code {"adminPath", "tokenHeader", "tokenScheme", "routes": {"<id>": {"method", "path"}}}},
   * with {@code <} escaped so that no value can end the script element that holds it.
   */
  static String adminApi() {
    ObjectNode api = Json.object();
    api.put("adminPath", AdminRouteTable.ADMIN_PATH);
    api.put("tokenHeader", AdminToken.HEADER);
    api.put("tokenScheme", AdminToken.SCHEME);
    ObjectNode routes = api.putObject("routes");
    for (AdminRoute<?, ?> route : AdminRouteTable.all()) {
      routes.putObject(route.id()).put("method", route.method()).put("path", route.template());
    }
    return api.toString().replace("<", "\\u003c");
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
