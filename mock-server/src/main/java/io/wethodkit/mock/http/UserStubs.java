package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stubs a user added to WireMock, watched through stub lifecycle events so that the request
 * path pays nothing while there are none: when one matches a request to the endpoint, WireMock
 * serves that stub instead of the emulation.
 */
public final class UserStubs implements StubLifecycleListener {

  public static final String NAME = "wethod-projects-user-stubs";

  private volatile Supplier<List<StubMapping>> source = List::of;
  private volatile List<StubMapping> stubs = List.of();
  private volatile boolean stale;

  @Override
  public String getName() {
    return NAME;
  }

  /** Where the current stubs are read from (the running WireMock server). */
  public void readFrom(Supplier<List<StubMapping>> stubSource) {
    this.source = stubSource;
    this.stale = true;
  }

  /** Whether a user stub matches {@code request} exactly. */
  public boolean override(Request request) {
    if (stale) {
      stale = false;
      stubs = List.copyOf(source.get());
    }
    for (StubMapping stub : stubs) {
      if (stub.getRequest().match(request).isExactMatch()) {
        return true;
      }
    }
    return false;
  }

  private void changed() {
    stale = true;
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
