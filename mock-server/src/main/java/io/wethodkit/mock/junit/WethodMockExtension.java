package io.wethodkit.mock.junit;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.client.CoverageAssert;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.mock.client.MockCoverage;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link WethodMock}. The mock belongs to the class it starts for, and
 * so does its coverage: the per-test reset goes through the state, not through the admin API's
 * reset, which would start the coverage again.
 */
public final class WethodMockExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(WethodMockExtension.class);
  private static final String SERVER = "server";
  private static final String REQUIRED = "requiredCoverage";

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getStore(NAMESPACE).get(SERVER, MockServer.class) != null) {
      return; // A nested class shares its enclosing class's server.
    }
    WethodMock settings =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WethodMock.class)
            .orElse(null);
    MockServer.Builder builder = MockServer.builder().port(0);
    if (settings != null) {
      if (!settings.fixtures().isEmpty()) {
        builder.fixtures(Path.of(settings.fixtures()));
      }
      if (!settings.contract().isEmpty()) {
        builder.contract(Contract.load(Path.of(settings.contract())));
      }
      builder.journal(settings.journal());
      if (!settings.adminToken().isEmpty()) {
        builder.adminToken(settings.adminToken());
      }
    }
    MockServer mock = builder.build().start();
    context.getStore(NAMESPACE).put(SERVER, mock);
    List<String> required = settings == null ? List.of() : List.of(settings.requireCoverage());
    if (!required.isEmpty()) {
      List<String> defined = mock.coverage().ids();
      List<String> unknown = required.stream().filter(id -> !defined.contains(id)).toList();
      if (!unknown.isEmpty()) {
        mock.stop();
        context.getStore(NAMESPACE).remove(SERVER);
        throw new IllegalArgumentException(
            "@WethodMock(requireCoverage) names "
                + String.join(", ", unknown)
                + ", which the contract does not define; it defines: "
                + String.join(", ", defined));
      }
      context.getStore(NAMESPACE).put(REQUIRED, required);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    MockServer owned = context.getStore(NAMESPACE).remove(SERVER, MockServer.class);
    if (owned == null) {
      return;
    }
    try {
      List<?> required = context.getStore(NAMESPACE).remove(REQUIRED, List.class);
      if (required != null) {
        Coverage coverage = owned.coverage().current();
        CoverageAssert.assertThat(coverage)
            .as(
                context.getRequiredTestClass().getSimpleName()
                    + ": @WethodMock(requireCoverage) is not met by its tests")
            .coversAll(required.stream().map(String::valueOf).toList());
      }
    } finally {
      owned.stop();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    MockServer mock = server(context);
    mock.state().reset();
    mock.wireMock().resetAll();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == MockServer.class || type == MockAdminClient.class || type == MockCoverage.class) {
      return true;
    }
    return parameter.isAnnotated(MockBaseUrl.class) && (type == String.class || type == URI.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MockServer mock = server(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == MockServer.class) {
      return mock;
    }
    if (type == MockAdminClient.class) {
      return mock.admin();
    }
    if (type == MockCoverage.class) {
      return mock.coverage();
    }
    return type == URI.class ? URI.create(mock.baseUrl()) : mock.baseUrl();
  }

  private static MockServer server(ExtensionContext context) {
    MockServer mock = context.getStore(NAMESPACE).get(SERVER, MockServer.class);
    if (mock == null) {
      throw new ParameterResolutionException(
          "The projects mock is not running: annotate the test class with @WethodMock.");
    }
    return mock;
  }
}
