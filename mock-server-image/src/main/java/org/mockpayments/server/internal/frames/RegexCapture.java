package org.mockpayments.server.internal.frames;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mockpayments.server.internal.json.ApiException;

/** A regex of a match, which must match the whole text, and the groups replies may read. */
final class RegexCapture {
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private final Pattern pattern;
  private final Set<String> groupNames;

  private RegexCapture(Pattern pattern, Set<String> groupNames) {
    this.pattern = pattern;
    this.groupNames = groupNames;
  }

  static RegexCapture compile(String regex, String where) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw ApiException.badRequest(
          "'regex' in "
              + where
              + " is not a valid Java regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + ".");
    }
    Set<String> names = new LinkedHashSet<>();
    int count = pattern.matcher("").groupCount();
    for (int i = 0; i <= count; i++) {
      names.add(Integer.toString(i));
    }
    names.addAll(namedGroups(regex));
    return new RegexCapture(pattern, Set.copyOf(names));
  }

  /**
   * The names of the named groups: Java 17 cannot list them, so they are read from the regex,
   * skipping an escaped parenthesis.
   */
  private static Set<String> namedGroups(String regex) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = NAMED_GROUP.matcher(regex);
    while (matcher.find()) {
      int backslashes = 0;
      for (int i = matcher.start() - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  /** Every group name and number ({@code "0"} is the whole text). */
  Set<String> groupNames() {
    return groupNames;
  }

  /** The groups when the regex matches all of {@code text}, or null. */
  Map<String, String> capture(String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> groups = new LinkedHashMap<>();
    for (String name : groupNames) {
      String value =
          Character.isDigit(name.charAt(0))
              ? matcher.group(Integer.parseInt(name))
              : matcher.group(name);
      groups.put(name, value == null ? "" : value);
    }
    return groups;
  }
}
