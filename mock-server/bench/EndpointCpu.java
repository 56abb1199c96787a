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
 * The mock reuses the answer to a request it has just answered: so that each request is worked
 * out, 300 neighbouring pages are asked in turn (up to 9 past the query's offset, 0 to 29 fewer
 * than its limit), more than the mock keeps.
 * Run by compare-builds.sh: java -cp wethod-projects-mock.jar EndpointCpu.java [query]
 */
public class EndpointCpu {

  public static void main(String[] args) {
    MockServer mock = MockServer.builder().build();
    ProjectsEndpoint endpoint = new ProjectsEndpoint(mock.parts(), mock.state(), listener(mock));
    String query =
        args.length > 0 ? args[0] : "deleted=include&date_start=gt:2000-01-01&limit=100";
    Map<String, String> headers =
        Map.of(
            "Authorization", "Bearer tok-both",
            "Wethod-Company", "acme",
            "Wethod-Version", "2024-06-15");
    EndpointRequest[] requests = new EndpointRequest[300];
    long limit = parameter(query, "limit", 100);
    long offset = parameter(query, "offset", 0);
    String others = query.replaceAll("(^|&)(limit|offset)=[^&]*", "").replaceFirst("^&", "");
    for (int i = 0; i < requests.length; i++) {
      String page =
          "limit=" + Math.max(1, limit - i / 10) + "&offset=" + (offset + i % 10);
      requests[i] = EndpointRequest.of(others.isEmpty() ? page : others + "&" + page, headers);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    for (int i = 0; i < 200_000; i++) {
      bytes += endpoint.handle(requests[i % requests.length]).body().length;
    }
    double[] nanos = new double[7];
    for (int round = 0; round < nanos.length; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < 100_000; i++) {
        bytes += endpoint.handle(requests[i % requests.length]).body().length;
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

  private static long parameter(String query, String name, long absent) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Long.parseLong(pair.substring(name.length() + 1));
      }
    }
    return absent;
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
