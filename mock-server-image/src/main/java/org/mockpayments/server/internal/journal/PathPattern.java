package org.mockpayments.server.internal.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WebSocket path of a channel: its address with {@code {name}} segments taking any one
 * non-empty segment, {@code /} added in front when the address has none. A channel with no address
 * is on every path.
 */
public final class PathPattern {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}/]+)}");

  private final String template;
  private final Pattern regex;
  private final List<String> parameters;

  private PathPattern(String template, Pattern regex, List<String> parameters) {
    this.template = template;
    this.regex = regex;
    this.parameters = parameters;
  }

  /** The pattern of {@code template}; null stands for any path. */
  public static PathPattern of(String template) {
    if (template == null) {
      return new PathPattern(null, null, List.of());
    }
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher matcher = PARAMETER.matcher(template);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start())));
      regex.append("([^/]+)");
      names.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new PathPattern(template, Pattern.compile(regex.toString()), List.copyOf(names));
  }

  /** The path as written, {@code /markets/{symbol}}; null for any path. */
  public String template() {
    return template;
  }

  /** The names of its {@code {name}} segments, in order. */
  public List<String> parameters() {
    return parameters;
  }

  /** The value of each parameter when {@code path} fits, or null when it does not. */
  public Map<String, String> match(String path) {
    if (regex == null) {
      return Map.of();
    }
    Matcher matcher = regex.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      values.put(parameters.get(i), matcher.group(i + 1));
    }
    return values;
  }

  @Override
  public String toString() {
    return template == null ? "(any path)" : template;
  }
}
