package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import java.util.Objects;

/**
 * A fact a rule read while deciding, such as {@code provedValue = CNY 780.00}.
 *
 * @param name the fact's name
 * @param value its value
 * @since 0.1.0
 */
public record Fact(String name, MessageArg value) {
  /** Checks both parts are present. */
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
