package io.wethodkit.conformance.junit;

import io.wethodkit.conformance.catalogue.Area;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.runner.RunSession;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The requirements as JUnit Jupiter tests: one container per area of the catalogue, one dynamic
 * test per requirement, named by its id, whose verdict becomes the test's ending. {@link
 * SessionParameter} hands them the run.
 */
@ExtendWith(SessionParameter.class)
class RequirementTests {

  @TestFactory
  Stream<DynamicNode> requirements(RunSession session) {
    return session.catalogue().areas().stream()
        .filter(area -> !session.catalogue().inArea(area.id()).isEmpty())
        .map(area -> container(session, area));
  }

  private static DynamicNode container(RunSession session, Area area) {
    List<Requirement> requirements = session.catalogue().inArea(area.id());
    return DynamicContainer.dynamicContainer(
        area.title(),
        requirements.stream()
            .map(
                requirement ->
                    DynamicTest.dynamicTest(
                        requirement.id(),
                        () -> TestEnding.of(session.verdict(requirement).outcome()))));
  }
}
