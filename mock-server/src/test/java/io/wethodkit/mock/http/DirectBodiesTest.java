package io.wethodkit.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A body seen again is handed out from its copy outside the heap, byte for byte; others never. */
class DirectBodiesTest {

  private static byte[] body(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] copy = new byte[buffer.remaining()];
    buffer.get(copy);
    return copy;
  }

  @Test
  void aBodySeenAgainIsHandedOutFromItsDirectCopy() {
    DirectBodies bodies = new DirectBodies();
    byte[] page = body(56_000, 1);
    assertThat(bodies.of(page)).as("first time").isNull();
    for (int i = 0; i < 3; i++) {
      ByteBuffer direct = bodies.of(page);
      assertThat(direct.isDirect()).isTrue();
      assertThat(bytes(direct)).isEqualTo(page);
    }
  }

  @Test
  void anEqualBodyInAnotherArrayIsNotTheSameBody() {
    DirectBodies bodies = new DirectBodies();
    byte[] page = body(20_000, 2);
    bodies.of(page);
    assertThat(bodies.of(page.clone())).isNull();
  }

  @Test
  void smallAndHugeBodiesAreNeverCopied() {
    DirectBodies bodies = new DirectBodies();
    byte[] small = body(DirectBodies.MIN_BYTES - 1, 3);
    byte[] huge = body(DirectBodies.MAX_BYTES + 1, 4);
    for (int i = 0; i < 3; i++) {
      assertThat(bodies.of(small)).isNull();
      assertThat(bodies.of(huge)).isNull();
    }
  }

  @Test
  void aSlotTakenByAnotherBodyStartsOver() {
    DirectBodies bodies = new DirectBodies();
    byte[][] pages = new byte[4 * DirectBodies.SLOTS][];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = body(10_000, 10 + i);
      bodies.of(pages[i]);
    }
    int handedOut = 0;
    for (byte[] page : pages) {
      ByteBuffer direct = bodies.of(page);
      if (direct != null) {
        assertThat(bytes(direct)).isEqualTo(page);
        handedOut++;
      }
    }
    assertThat(handedOut).isLessThanOrEqualTo(DirectBodies.SLOTS);
  }
}
