package io.wethodkit.mock.coverage;

import io.wethodkit.mock.client.Coverage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The CORS preflight a browser sends before a call from a page of another origin. */
final class PreflightRequest extends RequestFinder {

  PreflightRequest(ProbeSearch search) {
    super(search);
  }

  @Override
  void find() {
    preflight();
  }

  private void preflight() {
    String id = "cors.preflight";
    if (!wantsExactly(id)) {
      return;
    }
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("Origin", "http://localhost:5173");
    sent.put("Access-Control-Request-Method", "GET");
    sent.put(
        "Access-Control-Request-Headers",
        "authorization, "
            + headers.companyHeader().toLowerCase(Locale.ROOT)
            + ", "
            + headers.versionHeader().toLowerCase(Locale.ROOT));
    // Not served here: the web guard answers preflights, before the endpoint.
    search.take(
        behaviours.byId(id).orElseThrow(),
        new Coverage.Request(
            "OPTIONS",
            contract.path(),
            "",
            null,
            null,
            sent,
            false,
            "A browser sends it before a call from a page of another origin with these headers"
                + " (the console's own calls need none); pages of loopback origins are always"
                + " granted."));
  }
}
