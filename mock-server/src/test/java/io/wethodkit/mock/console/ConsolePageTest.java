package io.wethodkit.mock.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.client.AdminToken;
import io.wethodkit.mock.store.Json;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page carries the admin routes and the token header its script builds its calls from. */
class ConsolePageTest {

  private static final Pattern BLOCK =
      Pattern.compile(
          "<script type=\"application/json\" id=\"admin-api\">(.*?)</script>", Pattern.DOTALL);

  @Test
  void thePageHoldsEveryRouteOfTheTableAndTheTokenHeader() {
    String page = new String(ConsolePage.bundled().html(), StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(page);
    assertThat(block.find()).as("the admin-api block").isTrue();
    JsonNode api = Json.parse(block.group(1).getBytes(StandardCharsets.UTF_8), "admin-api");
    assertThat(api.get("adminPath").asText()).isEqualTo(AdminRouteTable.ADMIN_PATH);
    assertThat(api.get("tokenHeader").asText()).isEqualTo(AdminToken.HEADER);
    assertThat(api.get("tokenScheme").asText()).isEqualTo(AdminToken.SCHEME);
    assertThat(api.get("routes").size()).isEqualTo(AdminRouteTable.all().size());
    for (AdminRoute<?, ?> route : AdminRouteTable.all()) {
      JsonNode written = api.get("routes").get(route.id());
      assertThat(written).as(route.id()).isNotNull();
      assertThat(written.get("method").asText()).isEqualTo(route.method());
      assertThat(written.get("path").asText()).isEqualTo(route.template());
    }
  }
}
