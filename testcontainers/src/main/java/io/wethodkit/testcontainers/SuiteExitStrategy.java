package io.wethodkit.testcontainers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.utility.DockerStatus;

/**
 * The suite's container has "started" once it has run to its end with a verdict: exit code 0
 * (conforms) or 1 (a MUST failed). Any other exit (2: it could not run) fails the start.
 */
final class SuiteExitStrategy extends StartupCheckStrategy {

  @Override
  public StartupStatus checkStartupState(DockerClient dockerClient, String containerId) {
    InspectContainerResponse.ContainerState state = getCurrentState(dockerClient, containerId);
    if (!DockerStatus.isContainerStopped(state)) {
      return StartupStatus.NOT_YET_KNOWN;
    }
    return verdict(state.getExitCodeLong());
  }

  /** Whether an exit code is a verdict of the suite. */
  static StartupStatus verdict(Long exitCode) {
    return exitCode != null && (exitCode == 0 || exitCode == 1)
        ? StartupStatus.SUCCESSFUL
        : StartupStatus.FAILED;
  }
}
