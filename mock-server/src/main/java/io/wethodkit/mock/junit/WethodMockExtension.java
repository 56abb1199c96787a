package io.wethodkit.mock.junit;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.MockAdminClient;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The JUnit 5 extension behind {@link WethodMock}. */
public final class WethodMockExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(WethodMockExtension.class);
  private static final String SERVER = "server";

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
    context.getStore(NAMESPACE).put(SERVER, builder.build().start());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    MockServer owned = context.getStore(NAMESPACE).remove(SERVER, MockServer.class);
    if (owned != null) {
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
    if (type == MockServer.class || type == MockAdminClient.class) {
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
