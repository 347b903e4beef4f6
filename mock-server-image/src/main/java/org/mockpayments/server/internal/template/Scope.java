package org.mockpayments.server.internal.template;

import java.util.Set;

/**
 * Where a template is written, which decides the placeholders it may use.
 *
 * @param hasFrame whether a frame fired the stub ({@code text}, {@code json}, {@code regex})
 * @param groups the groups of the stub's regex
 * @param inRepeat whether it is a reply of a repeat ({@code round})
 * @param inEach whether it is inside a {@code $each} ({@code item})
 */
public record Scope(boolean hasFrame, Set<String> groups, boolean inRepeat, boolean inEach) {
  /** A stub fired by a connect: nothing from a frame. */
  public static final Scope CONNECT = new Scope(false, Set.of(), false, false);

  /** A stub fired by a frame its match saw with {@code groups}. */
  public static Scope message(Set<String> groups) {
    return new Scope(true, groups, false, false);
  }

  /** The same scope inside a repeat. */
  public Scope insideRepeat() {
    return new Scope(hasFrame, groups, true, inEach);
  }

  Scope insideEach() {
    return new Scope(hasFrame, groups, inRepeat, true);
  }
}
