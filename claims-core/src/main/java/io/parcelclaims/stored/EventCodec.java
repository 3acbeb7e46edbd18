package io.parcelclaims.stored;

import static io.parcelclaims.stored.ValueForms.enumOf;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.EventHeader;
import io.parcelclaims.value.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes claim events to their {@link StoredEvent stored form} and decodes them back, equal to
 * the original.
 *
 * <p>Every stored event starts with the same header fields ({@code claimId}, {@code version},
 * {@code commandId}, {@code actor}, {@code role}, {@code at}), followed by the fields of its type.
 * Decoding first runs the {@link Upcasters} registered, so an event stored under an older schema
 * version is read as the current one. Field names and type names are fixed in this class and never
 * derived from Java names. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EventCodec {
  private static final EventCodec STANDARD = builder().build();

  private final Map<String, EventForm<?>> byType;
  private final Map<Class<?>, EventForm<?>> byClass;
  private final Upcasters upcasters;

  private EventCodec(Map<String, EventForm<?>> byType, Upcasters upcasters) {
    this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    Map<Class<?>, EventForm<?>> classes = new LinkedHashMap<>();
    byType.values().forEach(f -> classes.put(f.eventClass(), f));
    this.byClass = Collections.unmodifiableMap(classes);
    this.upcasters = upcasters;
  }

  /**
   * The codec of the SDK's event types at their current schema versions, with the SDK's upcasters
   * from every earlier version (since 0.2.0; before, it had none), so a log written by an earlier
   * release decodes unchanged.
   *
   * @return the codec
   */
  public static EventCodec standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard forms and the SDK's upcasters} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable type names, in the order of the workflow's steps} */
  public List<String> types() {
    return List.copyOf(byType.keySet());
  }

  /**
   * The schema version this codec writes for a type.
   *
   * @param type a stable type name
   * @return its current schema version
   * @throws StoredFormException if the type is unknown
   */
  public int schemaVersion(String type) {
    return form(type).version();
  }

  /**
   * The stored form of an event.
   *
   * @param event the event
   * @return its stored form
   * @throws IllegalArgumentException if no form is registered for the event's class
   */
  public StoredEvent encode(ClaimEvent event) {
    EventForm<?> form = byClass.get(event.getClass());
    if (form == null) {
      throw new IllegalArgumentException("no stored form for " + event.type());
    }
    EventHeader h = event.header();
    StoredRecord.Builder fields =
        StoredRecord.builder()
            .text("claimId", h.claimId().value())
            .integer("version", h.version())
            .text("commandId", h.commandId().value())
            .text("actor", h.actor().value())
            .text("role", h.role().name())
            .instant("at", h.at());
    form.write(event, fields);
    return new StoredEvent(form.type(), form.version(), fields.build());
  }

  /**
   * The stored forms of events, in order.
   *
   * @param events the events
   * @return their stored forms
   */
  public List<StoredEvent> encodeAll(List<? extends ClaimEvent> events) {
    List<StoredEvent> out = new ArrayList<>(events.size());
    events.forEach(e -> out.add(encode(e)));
    return out;
  }

  /**
   * The event a stored form holds, after upcasting it to the current schema version.
   *
   * @param stored the stored event
   * @return the event, equal to the one encoded
   * @throws StoredFormException if the type is unknown, the version cannot be brought to the
   *     current one, or a field is missing or malformed; the message names the type, version and
   *     field
   */
  public ClaimEvent decode(StoredEvent stored) {
    StoredEvent current = upcasters.upcast(stored);
    EventForm<?> form = form(current.type());
    if (current.schemaVersion() != form.version()) {
      throw new StoredFormException(
          current.type() + " v" + current.schemaVersion() + ": this codec reads v" + form.version()
              + " and no upcaster brings v" + current.schemaVersion() + " there");
    }
    try {
      StoredRecord f = current.fields();
      EventHeader header =
          new EventHeader(
              ClaimId.of(f.text("claimId")),
              f.decimal("version").longValueExact(),
              CommandId.of(f.text("commandId")),
              ActorId.of(f.text("actor")),
              enumOf(ActorRole.class, f, "role"),
              f.instant("at"));
      return form.read(header, f);
    } catch (StoredFormException | InvalidValueException | ArithmeticException e) {
      throw new StoredFormException(
          current.type() + " v" + current.schemaVersion() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The events stored forms hold, in order.
   *
   * @param stored the stored events
   * @return the events
   * @throws StoredFormException as {@link #decode} does
   */
  public List<ClaimEvent> decodeAll(List<StoredEvent> stored) {
    List<ClaimEvent> out = new ArrayList<>(stored.size());
    stored.forEach(s -> out.add(decode(s)));
    return out;
  }

  private EventForm<?> form(String type) {
    EventForm<?> form = byType.get(type);
    if (form == null) {
      throw new StoredFormException("unknown event type \"" + type + "\"");
    }
    return form;
  }

  /** {@return the types and versions, for logs} */
  @Override
  public String toString() {
    return "EventCodec" + byType.values();
  }

  /**
   * Builds an {@link EventCodec}: the standard forms, replaced or added to, and upcasters; the
   * SDK's upcasters (every type raised since 0.1.0, from version 1) are there unless one added
   * here reads the same type and version.
   */
  public static final class Builder {
    private final Map<String, EventForm<?>> byType = new LinkedHashMap<>();
    private final List<Upcaster> upcasters = new ArrayList<>();
    private final List<Upcaster> sdkUpcasters = new ArrayList<>();

    private Builder() {
      StandardForms.current().forEach(f -> byType.put(f.type(), f));
      sdkUpcasters.addAll(StandardForms.upcasters());
    }

    /**
     * Uses a form for its type, replacing the standard one (a new schema version of the type).
     *
     * @param form the form
     * @return this builder
     * @throws IllegalArgumentException if another type already uses the form's event class
     */
    public Builder form(EventForm<?> form) {
      Objects.requireNonNull(form, "form");
      for (EventForm<?> other : byType.values()) {
        if (other.eventClass().equals(form.eventClass()) && !other.type().equals(form.type())) {
          throw new IllegalArgumentException(
              form.eventClass().getSimpleName() + " is already written as " + other.type());
        }
      }
      byType.put(form.type(), form);
      return this;
    }

    /**
     * Adds an upcaster, applied before decoding. It replaces the SDK's upcaster of the same type and
     * version, if there is one.
     *
     * @param upcaster the upcaster
     * @return this builder
     */
    public Builder upcaster(Upcaster upcaster) {
      upcasters.add(Objects.requireNonNull(upcaster, "upcaster"));
      return this;
    }

    /**
     * {@return the codec}
     *
     * @throws IllegalArgumentException if two upcasters added to this builder read the same type
     *     and version
     */
    public EventCodec build() {
      List<Upcaster> all = new ArrayList<>();
      for (Upcaster sdk : sdkUpcasters) {
        boolean replaced = upcasters.stream().anyMatch(
            u -> u.type().equals(sdk.type()) && u.fromVersion() == sdk.fromVersion());
        if (!replaced) {
          all.add(sdk);
        }
      }
      all.addAll(upcasters);
      return new EventCodec(byType, Upcasters.of(all));
    }
  }
}
