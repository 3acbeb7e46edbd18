package io.parcelclaims.value;

import java.util.List;
import java.util.Objects;

/**
 * One problem with a value being built: where it is, what is wrong, and a readable text.
 *
 * <p>{@code path} is the attribute path from the value being built, dotted for nested values and
 * indexed for list elements ({@code shipment.declaredValue}, {@code evidence[0].document.sha256}).
 * {@code key} is a stable message key ({@code value.must-not-be-negative}) and {@code arguments}
 * its parameters, so a carrier can render its own wording; {@code message} is the SDK's English text.
 * Immutable and thread-safe.
 *
 * @param path attribute path, never empty
 * @param key stable message key
 * @param arguments the key's parameters, in order
 * @param message English text without the path
 * @since 0.1.0
 */
public record Violation(String path, String key, List<String> arguments, String message) {

  /** Validates and copies the parts. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path must not be empty");
    }
  }

  /**
   * A violation with the given path, key, message and arguments.
   *
   * @param path attribute path
   * @param key message key
   * @param message English text
   * @param arguments the key's parameters
   * @return the violation
   */
  public static Violation of(String path, String key, String message, Object... arguments) {
    return new Violation(
        path, key, java.util.Arrays.stream(arguments).map(String::valueOf).toList(), message);
  }

  /**
   * This violation with its path placed under {@code prefix}.
   *
   * @param prefix the parent path, such as {@code shipment} or {@code evidence[2]}
   * @return a violation whose path is {@code prefix.path}
   */
  public Violation under(String prefix) {
    return new Violation(prefix + "." + path, key, arguments, message);
  }

  /** {@return the violation as {@code path: message}} */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
