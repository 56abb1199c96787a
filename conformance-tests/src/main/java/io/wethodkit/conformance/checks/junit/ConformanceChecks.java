package io.wethodkit.conformance.checks.junit;

import io.wethodkit.conformance.catalogue.Area;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.RunContext;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conformance checks as JUnit Jupiter tests: one container per area of the catalogue, one
 * dynamic test per requirement, named by its id. {@link TargetExtension} hands them the run.
 */
@ExtendWith(TargetExtension.class)
class ConformanceChecks {

  @TestFactory
  Stream<DynamicNode> requirements(RunContext run) {
    return run.catalogue().areas().stream()
        .filter(area -> !run.catalogue().inArea(area.id()).isEmpty())
        .map(area -> container(run, area));
  }

  private static DynamicNode container(RunContext run, Area area) {
    List<Requirement> requirements = run.catalogue().inArea(area.id());
    return DynamicContainer.dynamicContainer(
        area.title(),
        requirements.stream()
            .map(
                requirement ->
                    DynamicTest.dynamicTest(requirement.id(), () -> run.execute(requirement))));
  }
}
