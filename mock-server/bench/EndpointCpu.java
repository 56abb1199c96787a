import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.endpoint.CallListener;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;

/**
 * The CPU time per request of the endpoint's emulation alone (no HTTP), measured on the serving
 * thread so that other processes on the machine do not inflate it: the mock on the bundled
 * fixtures, one request answered over and over after a warm-up, seven rounds. Each answer is told
 * to what the server tells it to (the recent calls, and the coverage where the build records it).
 * Run by compare-builds.sh: java -cp wethod-projects-mock.jar EndpointCpu.java [query]
 */
public class EndpointCpu {

  public static void main(String[] args) {
    MockServer mock = MockServer.builder().build();
    ProjectsEndpoint endpoint = new ProjectsEndpoint(mock.parts(), mock.state(), listener(mock));
    String query =
        args.length > 0 ? args[0] : "deleted=include&date_start=gt:2000-01-01&limit=100";
    EndpointRequest request =
        EndpointRequest.of(
            query,
            Map.of(
                "Authorization", "Bearer tok-both",
                "Wethod-Company", "acme",
                "Wethod-Version", "2024-06-15"));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    for (int i = 0; i < 200_000; i++) {
      bytes += endpoint.handle(request).body().length;
    }
    double[] nanos = new double[7];
    for (int round = 0; round < nanos.length; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < 100_000; i++) {
        bytes += endpoint.handle(request).body().length;
      }
      nanos[round] = (cpu.getCurrentThreadCpuTime() - start) / 100_000.0;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "cpu ns per request: min %.0f median %.0f (%d bytes answered)%n",
        nanos[0], nanos[nanos.length / 2], bytes);
    mock.stop();
    System.exit(0);
  }

  /** What the server tells of each answer: its call listener, or, in a build without one, its recent calls. */
  private static CallListener listener(MockServer mock) {
    try {
      return (CallListener) MockServer.class.getMethod("callListener").invoke(mock);
    } catch (ReflectiveOperationException olderBuild) {
      return mock.recentCalls();
    }
  }
}
