package io.parcelclaims.stored;

import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.EventHeader;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * How one event type is written at one schema version: its stable type name, the version, and
 * the two functions between the event's body and its fields. The header (claim, version, command,
 * actor, role, time) is written by the codec, always first and always the same way.
 *
 * @param <E> the event class
 * @since 0.1.0
 */
public final class EventForm<E extends ClaimEvent> {
  private final String type;
  private final int version;
  private final Class<E> eventClass;
  private final BiConsumer<? super E, StoredRecord.Builder> write;
  private final BiFunction<EventHeader, StoredRecord, ? extends E> read;

  private EventForm(
      String type,
      int version,
      Class<E> eventClass,
      BiConsumer<? super E, StoredRecord.Builder> write,
      BiFunction<EventHeader, StoredRecord, ? extends E> read) {
    new StoredEvent(type, version, StoredRecord.empty()); // validates type and version
    this.type = type;
    this.version = version;
    this.eventClass = Objects.requireNonNull(eventClass, "eventClass");
    this.write = Objects.requireNonNull(write, "write");
    this.read = Objects.requireNonNull(read, "read");
  }

  /**
   * A form.
   *
   * @param type the stable type name
   * @param version the schema version this form writes and reads
   * @param eventClass the event class
   * @param write appends the body fields of an event after the header
   * @param read builds the event from its decoded header and all its fields
   * @param <E> the event class
   * @return the form
   */
  public static <E extends ClaimEvent> EventForm<E> of(
      String type,
      int version,
      Class<E> eventClass,
      BiConsumer<? super E, StoredRecord.Builder> write,
      BiFunction<EventHeader, StoredRecord, ? extends E> read) {
    return new EventForm<>(type, version, eventClass, write, read);
  }

  /** {@return the stable type name} */
  public String type() {
    return type;
  }

  /** {@return the schema version written} */
  public int version() {
    return version;
  }

  /** {@return the event class} */
  public Class<E> eventClass() {
    return eventClass;
  }

  void write(ClaimEvent event, StoredRecord.Builder fields) {
    write.accept(eventClass.cast(event), fields);
  }

  E read(EventHeader header, StoredRecord fields) {
    return read.apply(header, fields);
  }

  /** {@return the type and version} */
  /** The same fields under another schema version: for a type whose nested values gained fields. */
  EventForm<E> atVersion(int newVersion) {
    return new EventForm<>(type, newVersion, eventClass, write, read);
  }

  @Override
  public String toString() {
    return "EventForm[" + type + " v" + version + "]";
  }
}
