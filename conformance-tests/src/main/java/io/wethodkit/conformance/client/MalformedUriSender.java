package io.wethodkit.conformance.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicHttpRequest;
import org.apache.http.util.EntityUtils;

/**
 * Sends a request whose target {@code java.net.URI} rejects (e.g. the invalid percent-encoding
 * {@code %zz}), which REST Assured cannot express: the request line goes out through Apache
 * HttpClient, the library under REST Assured, exactly as written.
 */
final class MalformedUriSender implements AutoCloseable {

  /** What came back, before it becomes an {@link Exchange}. */
  record Answer(int status, Header[] headers, byte[] body) {}

  private final HttpHost host;
  private final CloseableHttpClient client;

  MalformedUriSender(URI baseUrl, Duration timeout) {
    int port =
        baseUrl.getPort() >= 0 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
    this.host = new HttpHost(baseUrl.getHost(), port, baseUrl.getScheme());
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    RequestConfig config =
        RequestConfig.custom()
            .setConnectTimeout(millis)
            .setSocketTimeout(millis)
            .setConnectionRequestTimeout(millis)
            .setRedirectsEnabled(false)
            .build();
    this.client =
        HttpClients.custom().setDefaultRequestConfig(config).disableAutomaticRetries().build();
  }

  static boolean needed(String target) {
    try {
      new URI(target);
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  Answer send(String target, Map<String, String> headers) throws IOException {
    BasicHttpRequest request = new BasicHttpRequest("GET", target);
    headers.forEach(request::addHeader);
    try (CloseableHttpResponse response = client.execute(host, request)) {
      byte[] body =
          response.getEntity() == null
              ? new byte[0]
              : EntityUtils.toByteArray(response.getEntity());
      return new Answer(response.getStatusLine().getStatusCode(), response.getAllHeaders(), body);
    }
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
