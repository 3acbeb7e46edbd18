package io.parcelclaims.policy;

import io.parcelclaims.internal.Texts;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one version of a compensation policy or rule: a lowercase dotted id and a version, printed
 * as {@code id@version} ({@code cn.postal-law.uninsured-loss@2015.1}).
 *
 * @param id lowercase letters, digits, {@code . -}, starting with a letter
 * @param version letters, digits, {@code . -}
 * @since 0.1.0
 */
public record PolicyId(String id, String version) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]{0,127}");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part is empty or malformed
   */
  public PolicyId {
    Texts.require("id", id, ID, "lowercase letters, digits, . or - starting with a letter");
    Texts.require("version", version, VERSION, "letters, digits, . or -");
  }

  /**
   * The policy id with the given parts.
   *
   * @param id the dotted id
   * @param version the version
   * @return the policy id
   */
  public static PolicyId of(String id, String version) {
    return new PolicyId(id, version);
  }

  /**
   * Parses {@code id@version}.
   *
   * @param text the printed form
   * @return the policy id
   * @throws io.parcelclaims.value.InvalidValueException if the text has no {@code @} or a bad part
   */
  public static PolicyId parse(String text) {
    Objects.requireNonNull(text, "text");
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return new PolicyId(text, "");
    }
    return new PolicyId(text.substring(0, at), text.substring(at + 1));
  }

  /** {@return {@code id@version}} */
  @Override
  public String toString() {
    return id + "@" + version;
  }
}
