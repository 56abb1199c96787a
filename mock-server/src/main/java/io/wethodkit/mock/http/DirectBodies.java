package io.wethodkit.mock.http;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Copies of the bodies answered again and again, in memory outside the heap: a reused answer hands
 * out the same body array each time, and a socket writes such memory as it is, where it would first
 * copy a heap array into memory of its own on every write. A body is copied the second time it is
 * seen, so that bodies answered once cost no copy. Only bodies of {@link #MIN_BYTES} to {@link
 * #MAX_BYTES} are kept, in {@link #SLOTS} slots chosen by the array's identity.
 */
final class DirectBodies {

  /** Smaller bodies cost little to copy. */
  static final int MIN_BYTES = 8 << 10;

  /** Larger bodies are rare and would hold much memory. */
  static final int MAX_BYTES = 1 << 20;

  static final int SLOTS = 8;

  private record Kept(byte[] body, ByteBuffer direct) {}

  private final AtomicReferenceArray<Kept> kept = new AtomicReferenceArray<>(SLOTS);

  /**
   * A view of the direct copy of {@code body} when it was answered before, else null. The body
   * array must never change once answered (the endpoint's never do).
   */
  ByteBuffer of(byte[] body) {
    if (body.length < MIN_BYTES || body.length > MAX_BYTES) {
      return null;
    }
    int slot = (System.identityHashCode(body) & Integer.MAX_VALUE) % SLOTS;
    Kept known = kept.get(slot);
    if (known == null || known.body() != body) {
      kept.set(slot, new Kept(body, null));
      return null;
    }
    ByteBuffer direct = known.direct();
    if (direct == null) {
      direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
      kept.set(slot, new Kept(body, direct));
    }
    return direct.duplicate();
  }
}
