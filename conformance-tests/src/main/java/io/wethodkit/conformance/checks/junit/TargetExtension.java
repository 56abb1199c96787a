package io.wethodkit.conformance.checks.junit;

import io.wethodkit.conformance.checks.RunContext;
import io.wethodkit.conformance.runner.RunRegistry;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the checks the run they belong to: the launcher request names it with the configuration
 * parameter {@value RunRegistry#RUN_PARAMETER}.
 */
public class TargetExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String id =
        context
            .getConfigurationParameter(RunRegistry.RUN_PARAMETER)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "the checks run only through the conformance runner (no "
                            + RunRegistry.RUN_PARAMETER
                            + " given)"));
    return RunRegistry.find(id)
        .orElseThrow(
            () -> new ParameterResolutionException("no conformance run " + id + " is active"));
  }
}
