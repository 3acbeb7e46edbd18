package io.parcelclaims.internal;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Validation of the single-string values: identifiers and codes. */
public final class Texts {
  /** Identifiers: a letter or digit, then letters, digits and {@code . _ : -}; at most 128. */
  public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  /** Codes: a letter or digit, then letters, digits and {@code . _ -}; at most 64. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Texts() {}

  /**
   * Returns {@code text} when it matches, else throws one violation at {@code path}.
   *
   * @param path attribute path
   * @param text the text
   * @param pattern the whole-text pattern
   * @param rule English description of the pattern, after "must be"
   * @return the text
   */
  public static String require(String path, String text, Pattern pattern, String rule) {
    Objects.requireNonNull(text, path);
    if (text.isEmpty()) {
      throw new InvalidValueException(
          List.of(Violation.of(path, "value.must-not-be-empty", "must not be empty")));
    }
    if (!pattern.matcher(text).matches()) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  path,
                  "value.malformed",
                  "must be " + rule + " (was \"" + text + "\")",
                  text,
                  rule)));
    }
    return text;
  }

  /**
   * An identifier checked against {@link #IDENTIFIER}.
   *
   * @param text the identifier
   * @return the text
   */
  public static String identifier(String text) {
    return require(
        "value", text, IDENTIFIER, "1 to 128 letters, digits or . _ : - starting with a letter or digit");
  }

  /**
   * A code checked against {@link #CODE}.
   *
   * @param text the code
   * @return the text
   */
  public static String code(String text) {
    return require(
        "code", text, CODE, "1 to 64 letters, digits or . _ - starting with a letter or digit");
  }
}
