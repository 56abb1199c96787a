package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with {@link QueryEscapeRepair} in front of the stub handler and, when
 * built with the endpoint, {@link DirectEndpointFilter} behind WireMock's own servlet filters,
 * right before WireMock's servlet; and, when given one, a guard in front of everything under {@code
 * /__admin}, behind WireMock's CORS filter there. Front filters, when given, run before anything
 * else in each context (the web access policy).
 */
public final class RepairingJettyServerFactory implements HttpServerFactory {

  private final ProjectsRequestFilter endpoint;
  private final UserStubs userStubs;
  private final GlobalDelays delays;
  private final Filter adminGuard;
  private final Filter serviceFront;
  private final Filter adminFront;
  private volatile DirectEndpointFilter direct;

  /**
   * As {@link #RepairingJettyServerFactory(ProjectsRequestFilter, UserStubs, GlobalDelays,
   * Filter)}, without front filters.
   */
  public RepairingJettyServerFactory(
      ProjectsRequestFilter endpoint, UserStubs userStubs, GlobalDelays delays, Filter adminGuard) {
    this(endpoint, userStubs, delays, adminGuard, null, null);
  }

  /**
   * The escape repair, the endpoint answered in the servlet container when it may be, {@code
   * adminGuard} (or null for none) in front of the admin API, and {@code serviceFront} and {@code
   * adminFront} (or null) first in the stub context and in the admin context.
   */
  public RepairingJettyServerFactory(
      ProjectsRequestFilter endpoint,
      UserStubs userStubs,
      GlobalDelays delays,
      Filter adminGuard,
      Filter serviceFront,
      Filter adminFront) {
    this.endpoint = endpoint;
    this.userStubs = userStubs;
    this.delays = delays;
    this.adminGuard = adminGuard;
    this.serviceFront = serviceFront;
    this.adminFront = adminFront;
  }

  @Override
  public String getName() {
    return "wethod-projects-jetty";
  }

  /** How many requests were answered in the servlet container, without WireMock's handling. */
  public long directAnswers() {
    DirectEndpointFilter built = direct;
    return built == null ? 0 : built.answered();
  }

  @Override
  public HttpServer buildHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    DirectEndpointFilter answering =
        endpoint == null ? null : new DirectEndpointFilter(endpoint, userStubs, delays, options);
    this.direct = answering;
    JsonJettyErrorHandler errors =
        new JsonJettyErrorHandler(
            () -> {
              ProjectsRequestFilter.Served served = endpoint == null ? null : endpoint.served();
              return served == null ? null : served.endpoint().parts();
            });
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options options) {
        super.applyAdditionalServerConfiguration(server, options);
        // Requests Jetty refuses before any servlet runs get a JSON answer, not an HTML page.
        server.setErrorHandler(errors);
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        if (serviceFront != null) {
          context.addFilter(
              new FilterHolder(serviceFront), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        context.addFilter(
            new FilterHolder(new QueryEscapeRepair()), "/*", EnumSet.of(DispatcherType.REQUEST));
      }

      @Override
      protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        // Before WireMock's CORS filter, which would answer a preflight from any origin.
        if (adminFront != null) {
          context.addFilter(new FilterHolder(adminFront), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        // After WireMock's filters, so that its CORS headers and content type apply as they do
        // to WireMock's answers.
        if (answering != null) {
          context.addFilter(new FilterHolder(answering), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        // After the front filter and WireMock's CORS filter, whose headers the front filter drops.
        if (adminGuard != null) {
          context.addFilter(new FilterHolder(adminGuard), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
      }
    };
  }
}
