package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Remembered answers are the pattern's own answers, for texts seen once or many times. */
class RememberedPatternsTest {

  private static final String REGEX = "^metadata_[1-9][0-9]*$";

  @Test
  void answersAreThoseOfThePatternAndMemoryIsBounded() {
    RememberedPatterns.Remembering expression =
        (RememberedPatterns.Remembering) RememberedPatterns.FACTORY.getRegularExpression(REGEX);
    Pattern pattern = Pattern.compile(REGEX);
    Random random = new Random(9);
    String[] names = {"id", "metadata_13", "metadata_0", "xmetadata_1", "metadata_1 ", "pm_id"};
    for (int i = 0; i < 3 * RememberedPatterns.REMEMBERED_TEXTS; i++) {
      String text =
          random.nextBoolean()
              ? names[random.nextInt(names.length)]
              : "metadata_" + random.nextInt(100_000) + (random.nextInt(5) == 0 ? "x" : "");
      assertThat(expression.matches(text)).as(text).isEqualTo(pattern.matcher(text).find());
    }
    assertThat(expression.remembered()).isEqualTo(RememberedPatterns.REMEMBERED_TEXTS);
    for (String name : names) {
      assertThat(expression.matches(name)).as(name).isEqualTo(pattern.matcher(name).find());
    }
  }

  @Test
  void eachExpressionRemembersItsOwnAnswers() {
    var digits = RememberedPatterns.FACTORY.getRegularExpression("^[0-9]+$");
    var letters = RememberedPatterns.FACTORY.getRegularExpression("^[a-z]+$");
    assertThat(digits.matches("123")).isTrue();
    assertThat(letters.matches("123")).isFalse();
    assertThat(letters.matches("abc")).isTrue();
    assertThat(digits.matches("abc")).isFalse();
  }
}
