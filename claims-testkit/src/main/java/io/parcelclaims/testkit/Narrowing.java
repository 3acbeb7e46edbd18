package io.parcelclaims.testkit;

import java.util.List;

/** Narrowing keeps, of the values allowed so far, those asked for; an empty result is an error. */
final class Narrowing {
  private Narrowing() {}

  /**
   * The values of {@code current} that are also in {@code requested}, in {@code current}'s order.
   *
   * @throws IllegalArgumentException if none is left
   */
  static <T> List<T> keep(String what, List<T> current, List<T> requested) {
    if (requested.isEmpty()) {
      throw new IllegalArgumentException("name at least one " + what);
    }
    List<T> kept = current.stream().filter(requested::contains).toList();
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("no " + what + " of " + requested + " is among those allowed so far, " + current);
    }
    return kept;
  }
}
