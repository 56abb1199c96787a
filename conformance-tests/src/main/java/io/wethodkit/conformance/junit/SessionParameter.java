package io.wethodkit.conformance.junit;

import io.wethodkit.conformance.runner.RunSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the requirement tests the run they belong to: the launcher request names it with the
 * configuration parameter {@value JunitDriver#RUN_PARAMETER}.
 */
class SessionParameter implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String id =
        context
            .getConfigurationParameter(JunitDriver.RUN_PARAMETER)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "the requirement tests run only through the conformance runner (no "
                            + JunitDriver.RUN_PARAMETER
                            + " given)"));
    return JunitDriver.session(id)
        .orElseThrow(
            () -> new ParameterResolutionException("no conformance run " + id + " is active"));
  }
}
