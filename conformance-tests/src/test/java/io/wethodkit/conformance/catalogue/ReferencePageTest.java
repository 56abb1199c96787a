package io.wethodkit.conformance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wethodkit.contract.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A MUST rests only on what the endpoint's reference page states: each names the sentences of the
 * page it rests on, and each sentence is found, word for word, in the page's text.
 */
class ReferencePageTest {

  /** The page's text, kept beside the tests so that they run on a clean clone. */
  private static final String PAGE = "/reference/list-projects.txt";

  /** Where the project's shared copy of the page lives, when it is there. */
  private static final Path SHARED = Path.of("..", "..", "shared", "seed", "list-projects.txt");

  private final Catalogue catalogue = Catalogue.load(Contract.bundled());

  private static String page() throws IOException {
    try (InputStream in = ReferencePageTest.class.getResourceAsStream(PAGE)) {
      assertThat(in).as(PAGE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyMustQuotesSentencesThatThePageHolds() throws IOException {
    String page = page();
    List<String> absent = new ArrayList<>();
    int musts = 0;
    for (Requirement requirement : catalogue.requirements()) {
      if (requirement.level() != Level.MUST) {
        continue;
      }
      musts++;
      assertThat(requirement.page()).as(requirement.id()).isNotEmpty();
      for (String sentence : requirement.page()) {
        if (!page.contains(sentence)) {
          absent.add(requirement.id() + ": " + sentence);
        }
      }
    }
    assertThat(musts).isGreaterThan(20);
    assertThat(absent).as("sentences not on the reference page").isEmpty();
  }

  @Test
  void aSentenceThePageDoesNotHoldIsNotFound() throws IOException {
    assertThat(page()).doesNotContain("Tokens are case-sensitive");
    assertThat(page()).contains("Return only soft-deleted records.");
  }

  @Test
  void shouldsQuoteNoSentence() {
    assertThat(catalogue.requirements())
        .filteredOn(r -> r.level() == Level.SHOULD)
        .allSatisfy(r -> assertThat(r.page()).as(r.id()).isEmpty());
  }

  @Test
  void theCopyIsTheProjectsReferencePage() throws IOException {
    assumeTrue(Files.isRegularFile(SHARED), "the shared reference page is not beside the clone");
    assertThat(page()).isEqualTo(Files.readString(SHARED));
  }
}
