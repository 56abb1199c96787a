package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WireMock's own proxy clients (for stubs that proxy to another server), each built on its first
 * use. WireMock builds both at start, with their TLS contexts and the JDK's trusted certificates:
 * several megabytes of classes and heap that a mock whose stubs never proxy does not need.
 */
public final class OnDemandProxyClients implements HttpClientFactory {

  private final HttpClientFactory delegate;
  private final AtomicInteger built = new AtomicInteger();

  public OnDemandProxyClients() {
    this(new ApacheHttpClientFactory());
  }

  /** Builds its clients with {@code delegate}, when first used. */
  public OnDemandProxyClients(HttpClientFactory delegate) {
    this.delegate = delegate;
  }

  @Override
  public HttpClient buildHttpClient(
      Options options,
      boolean trustAllCertificates,
      List<String> trustedHosts,
      boolean useSystemProperties) {
    List<String> hosts = List.copyOf(trustedHosts);
    return new LazyHttpClient(
        () -> {
          built.incrementAndGet();
          return delegate.buildHttpClient(
              options, trustAllCertificates, hosts, useSystemProperties);
        });
  }

  /** How many clients were really built so far. */
  public int built() {
    return built.get();
  }
}
