package io.wethodkit.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void valuesReachTheServerAsGiven() {
    String query =
        QueryString.empty()
            .add("updated_at", "gt:2024-01-01T20:00:00+02:00")
            .add("limit", " 5")
            .add("name", "é&=")
            .toString();

    assertThat(query)
        .isEqualTo("updated_at=gt:2024-01-01T20:00:00%2B02:00&limit=%205&name=%C3%A9%26%3D");
  }

  @Test
  void rawPiecesAreLeftAlone() {
    assertThat(QueryString.empty().raw("probability=%zz").add("limit", "1").toString())
        .isEqualTo("probability=%zz&limit=1");
  }
}
