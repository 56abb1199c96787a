package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.checks.RunContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The runs in progress, by id, so that the JUnit extension can find the one it serves. */
public final class RunRegistry {

  /** The launcher configuration parameter that names the run. */
  public static final String RUN_PARAMETER = "io.wethodkit.conformance.run";

  private static final Map<String, RunContext> RUNS = new ConcurrentHashMap<>();

  private RunRegistry() {}

  static String register(RunContext context) {
    String id = UUID.randomUUID().toString();
    RUNS.put(id, context);
    return id;
  }

  static void unregister(String id) {
    RUNS.remove(id);
  }

  public static Optional<RunContext> find(String id) {
    return Optional.ofNullable(RUNS.get(id));
  }
}
