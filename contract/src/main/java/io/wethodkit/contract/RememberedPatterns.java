package io.wethodkit.contract;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regular expressions of JSON Schema {@code pattern}, {@code patternProperties} and {@code
 * propertyNames}, as the validator's JDK factory makes them, each remembering its answers for the
 * first few thousand texts it sees: the few property names of a dataset are then matched once, not
 * once per project of a million. Texts past that many are matched afresh, so memory stays bounded.
 */
public final class RememberedPatterns implements RegularExpressionFactory {

  /** The one factory (it keeps nothing itself: each expression remembers its own answers). */
  public static final RememberedPatterns FACTORY = new RememberedPatterns();

  static final int REMEMBERED_TEXTS = 4096;

  private RememberedPatterns() {}

  @Override
  public RegularExpression getRegularExpression(String regex) {
    return new Remembering(JDKRegularExpressionFactory.getInstance().getRegularExpression(regex));
  }

  /** One expression and the answers it has given. */
  static final class Remembering implements RegularExpression {

    private final RegularExpression plain;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    Remembering(RegularExpression plain) {
      this.plain = plain;
    }

    @Override
    public boolean matches(String text) {
      Boolean known = answers.get(text);
      if (known != null) {
        return known;
      }
      boolean matches = plain.matches(text);
      if (answers.size() < REMEMBERED_TEXTS) {
        answers.put(text, matches);
      }
      return matches;
    }

    int remembered() {
      return answers.size();
    }
  }
}
