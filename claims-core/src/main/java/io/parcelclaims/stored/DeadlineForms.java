package io.parcelclaims.stored;

import static io.parcelclaims.stored.ValueForms.enumOf;
import static io.parcelclaims.stored.ValueForms.flag;

import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.workflow.event.DeadlineStarted;
import java.util.List;

/**
 * The stored form of {@link DeadlineStarted}.
 *
 * <p>Version 2 (0.2.0) adds {@code provisional} to the deadline record: whether the deadline was
 * counted through a year its calendar knew only by the statutory festival days (docs/time-bars-and-calendars.md). A
 * version-1 event predates provisional years, so its upcaster adds {@code provisional = false}.
 */
final class DeadlineForms {
  /** The schema version the standard codec writes for {@link DeadlineStarted#TYPE}. */
  static final int VERSION = 2;

  private DeadlineForms() {}

  /** {@return the current form of a started deadline} */
  static EventForm<DeadlineStarted> started() {
    return EventForm.of(
        DeadlineStarted.TYPE, VERSION, DeadlineStarted.class,
        (e, f) -> f.record("deadline", deadline(e.deadline())),
        (h, f) -> new DeadlineStarted(h, deadline(f.record("deadline"))));
  }

  /** {@return the upcasters that bring older stored forms of a started deadline to the current} */
  static List<Upcaster> upcasters() {
    return List.of(
        Upcaster.of(
            DeadlineStarted.TYPE,
            1,
            f -> f.with(
                "deadline",
                f.record("deadline").with("provisional", new StoredValue.Text("false")))));
  }

  private static StoredRecord deadline(Deadline d) {
    return StoredRecord.builder()
        .text("serviceLevel", d.serviceLevel())
        .text("clock", d.clock().name())
        .text("kind", d.kind().name())
        .instant("startedAt", d.startedAt())
        .date("lastDay", d.lastDay())
        .instant("dueBefore", d.dueBefore())
        .text("provisional", Boolean.toString(d.provisional()))
        .build();
  }

  private static Deadline deadline(StoredRecord f) {
    return new Deadline(
        f.text("serviceLevel"),
        enumOf(ServiceClock.class, f, "clock"),
        enumOf(LimitKind.class, f, "kind"),
        f.instant("startedAt"),
        f.date("lastDay"),
        f.instant("dueBefore"),
        flag(f, "provisional"));
  }
}
