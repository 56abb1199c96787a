package io.wethodkit.mock.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDemandProxyClientsTest {

  /** A factory that records what it was asked to build and builds clients answering 204. */
  private static final class RecordingFactory implements HttpClientFactory {
    final List<String> builds = new ArrayList<>();

    @Override
    public HttpClient buildHttpClient(
        Options options, boolean trustAll, List<String> trustedHosts, boolean systemProperties) {
      builds.add(trustAll + " " + trustedHosts + " " + systemProperties);
      return request -> Response.response().status(204).build();
    }
  }

  @Test
  void buildsNothingUntilAClientIsUsedThenBuildsItOnceWithTheArgumentsGiven() throws Exception {
    RecordingFactory delegate = new RecordingFactory();
    OnDemandProxyClients clients = new OnDemandProxyClients(delegate);

    HttpClient reverse = clients.buildHttpClient(options(), true, List.of(), true);
    HttpClient forward = clients.buildHttpClient(options(), false, List.of("example.org"), false);
    assertThat(delegate.builds).isEmpty();
    assertThat(clients.built()).isZero();

    Request request =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://example.org/api/projects")
            .withMethod(RequestMethod.GET)
            .build();
    assertThat(forward.execute(request).getStatus()).isEqualTo(204);
    assertThat(forward.execute(request).getStatus()).isEqualTo(204);
    assertThat(delegate.builds).containsExactly("false [example.org] false");

    reverse.execute(request);
    assertThat(delegate.builds).containsExactly("false [example.org] false", "true [] true");
    assertThat(clients.built()).isEqualTo(2);
  }
}
