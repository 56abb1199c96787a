package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The stubs a user added to WireMock, watched through stub lifecycle events so that the request
 * path pays nothing while there are none: when one matches a request to the endpoint, WireMock
 * serves that stub instead of the emulation.
 *
 * <p>An event only counts a change; the next request that sees an uncounted change reads the stubs
 * WireMock holds. A request never uses a list read before the last change it can see was made.
 */
public final class UserStubs implements StubLifecycleListener {

  public static final String NAME = "wethod-projects-user-stubs";

  private record Known(long changes, List<StubMapping> stubs) {}

  private final AtomicLong changes = new AtomicLong();
  private volatile Supplier<List<StubMapping>> source = List::of;
  private volatile Known known = new Known(-1, List.of());

  @Override
  public String getName() {
    return NAME;
  }

  /** Where the current stubs are read from (the running WireMock server). */
  public void readFrom(Supplier<List<StubMapping>> stubSource) {
    this.source = stubSource;
    changed();
  }

  /** Whether a user stub matches {@code request} exactly. */
  public boolean override(Request request) {
    for (StubMapping stub : current()) {
      if (stub.getRequest().match(request).isExactMatch()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the user has any stub at all, on any path. */
  public boolean any() {
    return !current().isEmpty();
  }

  private List<StubMapping> current() {
    long seen = changes.get();
    Known cached = known;
    if (cached.changes() == seen) {
      return cached.stubs();
    }
    // Read after the count: every change counted so far is in what WireMock returns.
    List<StubMapping> read = List.copyOf(source.get());
    known = new Known(seen, read);
    return read;
  }

  private void changed() {
    changes.incrementAndGet();
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    changed();
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    changed();
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    changed();
  }

  @Override
  public void afterStubsReset() {
    changed();
  }
}
