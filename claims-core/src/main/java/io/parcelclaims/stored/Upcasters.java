package io.parcelclaims.stored;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The upcasters a codec applies before decoding, at most one per type and version. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Upcasters {
  private static final Upcasters NONE = new Upcasters(Map.of());

  private final Map<String, Upcaster> byKey;

  private Upcasters(Map<String, Upcaster> byKey) {
    this.byKey = byKey;
  }

  /** {@return no upcasters} */
  public static Upcasters none() {
    return NONE;
  }

  /**
   * The given upcasters.
   *
   * @param upcasters at most one per type and version
   * @return the registry
   * @throws IllegalArgumentException if two read the same type and version
   */
  public static Upcasters of(List<Upcaster> upcasters) {
    Map<String, Upcaster> byKey = new LinkedHashMap<>();
    for (Upcaster upcaster : upcasters) {
      Objects.requireNonNull(upcaster, "upcaster");
      Upcaster before = byKey.putIfAbsent(key(upcaster.type(), upcaster.fromVersion()), upcaster);
      if (before != null) {
        throw new IllegalArgumentException(
            "two upcasters read " + upcaster.type() + " v" + upcaster.fromVersion());
      }
    }
    return new Upcasters(Collections.unmodifiableMap(byKey));
  }

  /**
   * The given upcasters.
   *
   * @param upcasters at most one per type and version
   * @return the registry
   * @throws IllegalArgumentException if two read the same type and version
   */
  public static Upcasters of(Upcaster... upcasters) {
    return of(List.of(upcasters));
  }

  /**
   * These upcasters and more.
   *
   * @param more further upcasters, none reading a type and version already covered
   * @return the larger registry
   * @throws IllegalArgumentException if two read the same type and version
   */
  public Upcasters plus(List<Upcaster> more) {
    List<Upcaster> all = new ArrayList<>(byKey.values());
    all.addAll(more);
    return of(all);
  }

  /**
   * Applies upcasters to a stored event, one version at a time, while one reads its version.
   *
   * @param event the stored event
   * @return the event at the highest version the registered upcasters reach
   */
  public StoredEvent upcast(StoredEvent event) {
    StoredEvent current = Objects.requireNonNull(event, "event");
    Upcaster next;
    while ((next = byKey.get(key(current.type(), current.schemaVersion()))) != null) {
      StoredRecord fields;
      try {
        fields = Objects.requireNonNull(next.upcast(current.fields()), "upcast fields");
      } catch (StoredFormException e) {
        throw new StoredFormException(
            current.type() + " v" + current.schemaVersion() + ": upcast failed: " + e.getMessage(),
            e);
      }
      current = new StoredEvent(current.type(), current.schemaVersion() + 1, fields);
    }
    return current;
  }

  private static String key(String type, int version) {
    return type + "#" + version;
  }

  /** {@return the upcasters registered, for logs} */
  @Override
  public String toString() {
    return "Upcasters" + byKey.values();
  }
}
