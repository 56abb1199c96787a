package io.wethodkit.testcontainers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The conformance suite in a container, certifying a service that runs in another container on the
 * same Testcontainers network (your implementation's image, or the kit's mock).
 *
 * <pre>{@code
 * Network network = Network.newNetwork();
 * GenericContainer<?> service = new GenericContainer<>("my-service:1.2")
 *     .withNetwork(network).withNetworkAliases("service").withExposedPorts(8080);
 * service.start();
 * Certification certification = new ConformanceContainer()
 *     .withNetwork(network)
 *     .withTarget(service, 8080)
 *     .withConfig(Path.of("src/test/resources/target.yaml"))
 *     .certify(Path.of("target/conformance"));
 * assertTrue(certification.conforms(), certification.logs());
 * }</pre>
 */
public class ConformanceContainer extends GenericContainer<ConformanceContainer> {

  /** {@code wethod-projects-conformance:<kit version>}, as the kit's Dockerfile builds it. */
  public static final DockerImageName DEFAULT_IMAGE =
      KitImages.named("wethod-projects-conformance");

  /** Where {@link #withConfig} puts the config file in the container. */
  public static final String CONFIG_PATH = "/config/target.yaml";

  /** Where the suite writes its reports in the container. */
  public static final String REPORT_DIR = "/tmp/conformance";

  /** The reports the suite writes. */
  public static final List<String> REPORTS =
      List.of("report.json", "report.html", "TEST-junit-jupiter.xml");

  private String target;
  private final List<String> only = new ArrayList<>();

  public ConformanceContainer() {
    this(DEFAULT_IMAGE);
  }

  public ConformanceContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DockerImageName.parse(DEFAULT_IMAGE.getUnversionedPart()));
    withStartupCheckStrategy(new SuiteExitStrategy().withTimeout(Duration.ofMinutes(15)));
  }

  /** The target's config file (the suite's YAML format); its baseUrl is replaced by the target. */
  public ConformanceContainer withConfig(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("the config " + file + " is not a file");
    }
    return withCopyFileToContainer(MountableFile.forHostPath(file), CONFIG_PATH);
  }

  /**
   * The service to certify, at {@code http://<alias>:<port>}, the alias being the one given last
   * with {@code withNetworkAliases(...)} (Testcontainers' own random alias when none was given).
   */
  public ConformanceContainer withTarget(GenericContainer<?> service, int port) {
    List<String> aliases = service.getNetworkAliases();
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException(
          "the service has no network alias: give it one with withNetworkAliases(...)");
    }
    dependsOn(service);
    return withTarget("http://" + aliases.get(aliases.size() - 1) + ":" + port);
  }

  /** The target's root URL as the suite's container reaches it. */
  public ConformanceContainer withTarget(String baseUrl) {
    this.target = Objects.requireNonNull(baseUrl, "baseUrl");
    return this;
  }

  /** Runs only these requirements; the others are reported SKIPPED. */
  public ConformanceContainer withOnly(String... ids) {
    only.addAll(List.of(ids));
    return this;
  }

  @Override
  protected void configure() {
    if (target == null) {
      throw new IllegalStateException("no target: call withTarget(...) before starting");
    }
    if (!getCopyToFileContainerPathMap().containsValue(CONFIG_PATH)) {
      throw new IllegalStateException("no config: call withConfig(...) before starting");
    }
    List<String> command =
        new ArrayList<>(
            List.of("--config", CONFIG_PATH, "--base-url", target, "--report-dir", REPORT_DIR));
    if (!only.isEmpty()) {
      command.add("--only");
      command.add(String.join(",", only));
    }
    setCommand(command.toArray(String[]::new));
  }

  /**
   * Runs the suite to its end, copies its three reports into {@code reportDir} and returns the
   * verdict. A suite that cannot run at all (exit code 2: bad config, unreachable target) fails the
   * start instead, with its output in the exception.
   */
  public Certification certify(Path reportDir) {
    start();
    try {
      Files.createDirectories(reportDir);
      for (String report : REPORTS) {
        copyFileFromContainer(REPORT_DIR + "/" + report, reportDir.resolve(report).toString());
      }
      JsonNode report = new ObjectMapper().readTree(reportDir.resolve("report.json").toFile());
      Long exitCode = getCurrentContainerInfo().getState().getExitCodeLong();
      return new Certification(exitCode == null ? -1 : exitCode.intValue(), report, getLogs());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      stop();
    }
  }
}
