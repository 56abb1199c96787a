package io.wethodkit.mock.admin.task;

import java.util.Objects;
import java.util.Optional;

/**
 * What tasks act on, given once it is loaded: WireMock builds its admin routes before the mock's
 * contract and data are read.
 */
public final class Attachment<C> {

  private volatile C context;

  public void attach(C value) {
    this.context = Objects.requireNonNull(value);
  }

  /** The context, or empty while the mock is starting. */
  public Optional<C> current() {
    return Optional.ofNullable(context);
  }
}
