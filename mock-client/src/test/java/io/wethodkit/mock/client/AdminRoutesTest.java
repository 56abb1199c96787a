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
class AdminRoutesTest {

  /** Every route constant of the resource groups, read from the classes themselves. */
  private static List<AdminRoute<?, ?>> declared() throws IllegalAccessException {
    List<AdminRoute<?, ?>> out = new ArrayList<>();
    for (Class<?> group : AdminRoutes.class.getDeclaredClasses()) {
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
    assertThat(AdminRoutes.all()).containsExactlyInAnyOrderElementsOf(declared());
    assertThat(AdminRoutes.all()).doesNotHaveDuplicates().hasSize(27);
  }

  @Test
  void noTwoRoutesShareAMethodAndPathOrAnId() {
    assertThat(AdminRoutes.all().stream().map(AdminRoute::toString)).doesNotHaveDuplicates();
    assertThat(AdminRoutes.all().stream().map(AdminRoute::id)).doesNotHaveDuplicates();
  }

  @Test
  void routesAreGroupedByResourceInTheResourcesOrder() {
    assertThat(AdminRoutes.all())
        .isSortedAccordingTo(Comparator.comparing(AdminRoute::resource))
        .extracting(AdminRoute::resource)
        .containsAll(Arrays.asList(AdminResource.values()));
    for (AdminResource resource : AdminResource.values()) {
      assertThat(AdminRoutes.of(resource)).allMatch(route -> route.resource() == resource);
    }
  }

  @Test
  void everyRouteLivesUnderTheMocksRootAndReadsWithoutBodyUnlessItChanges() {
    for (AdminRoute<?, ?> route : AdminRoutes.all()) {
      assertThat(route.template()).as(route.id()).startsWith(AdminRoutes.ROOT);
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
    AdminRoute<?, ?> route = AdminRoutes.Permissions.SET;
    assertThat(route.parameters()).containsExactly("name", "company");
    assertThat(route.path("a b/ü", "acme"))
        .isEqualTo("/projects-mock/identities/a%20b%2F%C3%BC/permissions/acme");
    assertThat(AdminRoutes.Projects.SOFT_DELETE.path("acme", 7L))
        .isEqualTo("/projects-mock/companies/acme/projects/7/soft-delete");
    assertThat(AdminRoutes.Dataset.RESET.path()).isEqualTo("/projects-mock/reset");
    assertThatThrownBy(() -> route.path("only-one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[name, company]");
    assertThatThrownBy(() -> AdminRoutes.Clock.READ.path("extra"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTokenHeaderIsTheSchemeASpaceAndTheToken() {
    assertThat(AdminToken.headerValue("s3cret")).isEqualTo("Token s3cret");
    assertThat(AdminToken.HEADER).isEqualTo("Authorization");
  }
}
