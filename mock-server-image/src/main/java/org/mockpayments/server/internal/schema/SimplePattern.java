package org.mockpayments.server.internal.schema;

/**
 * A string fitting a simple regex: literals, escapes ({@code \d}, {@code \w}, {@code \s}, {@code
 * \.}), classes ({@code [A-Z0-9_]}), the quantifiers {@code ? * + {n} {n,m}} and anchors. Anything
 * more (groups, alternation, look-arounds) is not simple: then there is no sample.
 */
final class SimplePattern {
  private SimplePattern() {}

  /** A string the pattern fits, or null when the pattern is not simple. */
  static String sample(String pattern) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int end = pattern.length();
    if (pattern.startsWith("^")) {
      i++;
    }
    if (pattern.endsWith("$") && !pattern.endsWith("\\$")) {
      end--;
    }
    while (i < end) {
      char c = pattern.charAt(i);
      String atom;
      if (c == '\\' && i + 1 < end) {
        char escaped = pattern.charAt(i + 1);
        atom =
            switch (escaped) {
              case 'd' -> "1";
              case 'w' -> "a";
              case 's' -> " ";
              default -> Character.isLetterOrDigit(escaped) ? null : String.valueOf(escaped);
            };
        i += 2;
      } else if (c == '[') {
        int close = pattern.indexOf(']', i + 1);
        if (close < 0 || pattern.charAt(i + 1) == '^') {
          return null;
        }
        char first = pattern.charAt(i + 1);
        atom = first == '\\' ? (pattern.charAt(i + 2) == 'd' ? "1" : "a") : String.valueOf(first);
        i = close + 1;
      } else if ("()|.^$*+?{}".indexOf(c) >= 0) {
        return null;
      } else {
        atom = String.valueOf(c);
        i++;
      }
      if (atom == null) {
        return null;
      }
      int times = 1;
      if (i < end) {
        char quantifier = pattern.charAt(i);
        if (quantifier == '?' || quantifier == '*') {
          times = 0;
          i++;
        } else if (quantifier == '+') {
          i++;
        } else if (quantifier == '{') {
          int close = pattern.indexOf('}', i);
          if (close < 0) {
            return null;
          }
          String count = pattern.substring(i + 1, close).split(",", -1)[0].trim();
          if (!count.matches("\\d{1,3}")) {
            return null;
          }
          times = Integer.parseInt(count);
          i = close + 1;
        }
      }
      out.append(atom.repeat(times));
    }
    return out.toString();
  }
}
