package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.stored.StoredEvent;
import io.parcelclaims.stored.StoredText;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.DeadlineStarted;
import io.parcelclaims.workflow.event.EventHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version 2 of {@code claim.deadline-started}: the deadline's provisional mark (docs/time-bars-and-calendars.md,
 * rev. 2026-12), its own golden file, and version 1 read through the standard upcaster.
 *
 * <p>The golden file {@code src/test/resources/stored-events/v2/claim.deadline-started.txt} is
 * rewritten only with {@code -Dgolden.update=true}; the version-1 file stays as it was.
 */
class DeadlineStartedFormTest {
  private static final Path V1 =
      Path.of("src", "test", "resources", "stored-events", "v1", "claim.deadline-started.txt");
  private static final Path V2 =
      Path.of("src", "test", "resources", "stored-events", "v2", "claim.deadline-started.txt");
  private static final EventCodec CODEC = EventCodec.standard();

  private static List<ClaimEvent> v1Samples() {
    return SampleEvents.all().stream().filter(DeadlineStarted.class::isInstance).toList();
  }

  /** The version-1 samples, then China Post's 30-day answer from 2026-12-07, marked provisional. */
  private static List<ClaimEvent> samples() {
    List<ClaimEvent> out = new ArrayList<>(v1Samples());
    Instant reported = Instant.parse("2026-12-07T02:00:00Z");
    out.add(new DeadlineStarted(
        new EventHeader(ClaimId.of("C-LOSS-1"), 2, CommandId.of("cmd-1"), ActorId.of("cs-li"),
            ActorRole.CUSTOMER_SERVICE, reported),
        new Deadline("CN-POSTAL-49-ANSWER-30D", ServiceClock.INVESTIGATION, LimitKind.HARD_LIMIT,
            reported, LocalDate.of(2027, 1, 6), Instant.parse("2027-01-06T16:00:00Z"), true)));
    return out;
  }

  @Test
  void the_standard_codec_writes_version_2() {
    assertEquals(2, CODEC.schemaVersion(DeadlineStarted.TYPE));
  }

  @Test
  void version_2_golden_file_decodes_to_the_samples_and_encoding_matches_it_byte_for_byte()
      throws IOException {
    String encoded = StoredText.renderAll(CODEC.encodeAll(samples()));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(V2.getParent());
      Files.writeString(V2, encoded, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(V2)) {
      fail("no golden file " + V2 + "; run with -Dgolden.update=true and review it");
    }
    String golden = Files.readString(V2, StandardCharsets.UTF_8);

    assertEquals(samples(), CODEC.decodeAll(StoredText.parseAll(golden)));
    assertEquals(golden, encoded);
  }

  @Test
  void version_1_golden_file_still_decodes_unchanged_and_is_not_provisional() throws IOException {
    List<StoredEvent> stored = StoredText.parseAll(Files.readString(V1, StandardCharsets.UTF_8));

    List<ClaimEvent> decoded = CODEC.decodeAll(stored);

    assertEquals(1, stored.get(0).schemaVersion());
    assertEquals(v1Samples(), decoded);
    decoded.forEach(e -> assertEquals(false, ((DeadlineStarted) e).deadline().provisional()));
  }
}
