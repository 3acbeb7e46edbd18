package io.parcelclaims.stored;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Carries stored events of one type from one schema version to the next.
 *
 * <p>To change the fields of an event type: raise its schema version in the codec, and register an
 * upcaster from the old version that rewrites old fields into the new shape (rename, add a default,
 * split, drop). Old stored events are then upcast before decoding, one version at a time, and never
 * rewritten in the store.
 *
 * @since 0.1.0
 */
public interface Upcaster {

  /** {@return the event type this upcaster reads} */
  String type();

  /** {@return the schema version it reads; it writes the next one} */
  int fromVersion();

  /**
   * Rewrites the fields of a stored event of {@link #type()} at {@link #fromVersion()}.
   *
   * @param fields the old fields
   * @return the fields in the shape of the next version
   */
  StoredRecord upcast(StoredRecord fields);

  /**
   * An upcaster from a function over the fields.
   *
   * @param type the event type
   * @param fromVersion the version read
   * @param rewrite the rewrite of the fields
   * @return the upcaster
   */
  static Upcaster of(String type, int fromVersion, UnaryOperator<StoredRecord> rewrite) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rewrite, "rewrite");
    new StoredEvent(type, fromVersion, StoredRecord.empty()); // validates type and version
    return new Upcaster() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public int fromVersion() {
        return fromVersion;
      }

      @Override
      public StoredRecord upcast(StoredRecord fields) {
        return rewrite.apply(fields);
      }

      @Override
      public String toString() {
        return "Upcaster[" + type + " v" + fromVersion + " -> v" + (fromVersion + 1) + "]";
      }
    };
  }
}
