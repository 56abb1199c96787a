package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route table: complete, without two routes for one method and path, and well formed. */
class AdminRouteTableTest {

  /** Every route constant of the resource groups, read from the classes themselves. */
  private static List<AdminRoute<?, ?>> declared() throws IllegalAccessException {
    List<AdminRoute<?, ?>> out = new ArrayList<>();
    for (Class<?> group : AdminRouteTable.class.getDeclaredClasses()) {
      for (Field field : group.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == AdminRoute.class) {
          out.add((AdminRoute<?, ?>) field.get(null));
        }
      }
    }
    return out;
  }

  @Test
  void theTableHoldsEveryDeclaredRouteOnce() throws IllegalAccessException {
    assertThat(declared()).isNotEmpty();
    assertThat(AdminRouteTable.all())
        .containsExactlyInAnyOrderElementsOf(declared())
        .doesNotHaveDuplicates();
  }

  @Test
  void noTwoRoutesShareAMethodAndPathOrAnId() {
    assertThat(AdminRouteTable.all().stream().map(AdminRoute::toString)).doesNotHaveDuplicates();
    assertThat(AdminRouteTable.all().stream().map(AdminRoute::id)).doesNotHaveDuplicates();
  }

  @Test
  void routesAreGroupedByResourceInTheResourcesOrder() {
    assertThat(AdminRouteTable.all())
        .isSortedAccordingTo(Comparator.comparing(AdminRoute::resource))
        .extracting(AdminRoute::resource)
        .containsAll(Arrays.asList(AdminResource.values()));
    for (AdminResource resource : AdminResource.values()) {
      assertThat(AdminRouteTable.of(resource)).allMatch(route -> route.resource() == resource);
    }
  }

  @Test
  void everyRouteLivesUnderTheMocksRootAndReadsWithoutBodyUnlessItChanges() {
    for (AdminRoute<?, ?> route : AdminRouteTable.all()) {
      assertThat(route.template()).as(route.id()).startsWith(AdminRouteTable.ROOT);
      assertThat(route.method()).as(route.id()).isIn("GET", "POST", "PUT", "PATCH", "DELETE");
      if (route.method().equals("GET") || route.method().equals("DELETE")) {
        assertThat(route.takesBody()).as(route.id()).isFalse();
      }
      if (route.method().equals("PUT") || route.method().equals("PATCH")) {
        assertThat(route.takesBody()).as(route.id()).isTrue();
      }
    }
  }

  @Test
  void aPathFillsTheTemplatesParametersInOrderEachAsOneEncodedSegment() {
    AdminRoute<?, ?> route = AdminRouteTable.Permissions.SET;
    assertThat(route.parameters()).containsExactly("name", "company");
    assertThat(route.path("a b/ü", "acme"))
        .isEqualTo("/projects-mock/identities/a%20b%2F%C3%BC/permissions/acme");
    assertThat(AdminRouteTable.Projects.SOFT_DELETE.path("acme", 7L))
        .isEqualTo("/projects-mock/companies/acme/projects/7/soft-delete");
    assertThat(AdminRouteTable.Dataset.RESET.path()).isEqualTo("/projects-mock/reset");
    assertThatThrownBy(() -> route.path("only-one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[name, company]");
    assertThatThrownBy(() -> AdminRouteTable.Clock.READ.path("extra"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTokenHeaderIsTheSchemeASpaceAndTheToken() {
    assertThat(AdminToken.headerValue("s3cret")).isEqualTo("Token s3cret");
    assertThat(AdminToken.HEADER).isEqualTo("Authorization");
  }
}
