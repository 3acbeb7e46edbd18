package io.parcelclaims.stored;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event as a carrier stores it: a stable type name, the schema version of its fields, and the
 * fields themselves. The type name is part of the SDK's contract and never a Java class name; the
 * schema version rises when the fields of a type change, and an {@link Upcaster} carries older
 * stored events forward.
 *
 * @param type dotted lowercase name such as {@code claim.reported}
 * @param schemaVersion 1 or more
 * @param fields the ordered fields
 * @since 0.1.0
 */
public record StoredEvent(String type, int schemaVersion, StoredRecord fields) {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

  /**
   * Validates the parts.
   *
   * @throws StoredFormException if the type is malformed or the version is below 1
   */
  public StoredEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fields, "fields");
    if (!TYPE.matcher(type).matches()) {
      throw new StoredFormException(
          "type: must be dotted lowercase letters, digits and - (was \"" + type + "\")");
    }
    if (schemaVersion < 1) {
      throw new StoredFormException("schemaVersion: must be at least 1 (was " + schemaVersion + ")");
    }
  }

  /** {@return {@code type v<schemaVersion>} and the field names, never their values} */
  @Override
  public String toString() {
    return type + " v" + schemaVersion + " " + fields.names();
  }
}
