package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.stored.EventForm;
import io.parcelclaims.stored.StoredEvent;
import io.parcelclaims.stored.StoredFormException;
import io.parcelclaims.stored.StoredRecord;
import io.parcelclaims.stored.StoredText;
import io.parcelclaims.stored.StoredValue;
import io.parcelclaims.stored.Upcaster;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.FollowUpRecorded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stored form of every event type: round trip, golden files of version 1 decoded in every
 * build, and a version 2 of one type carried by an upcaster.
 *
 * <p>The golden files under {@code src/test/resources/stored-events/v1/} were written by an
 * earlier JVM; comparing today's encoding with them shows that the same events give the same
 * stored form, field order included, run after run. Rewrite them only for a new schema version,
 * with {@code -Dgolden.update=true}, and keep the old ones.
 */
class StoredEventsTest {
  private static final Path V1 = Path.of("src", "test", "resources", "stored-events", "v1");
  private static final EventCodec CODEC = EventCodec.standard();

  private static Map<String, List<ClaimEvent>> samplesByType() {
    return SampleEvents.all().stream()
        .collect(Collectors.groupingBy(ClaimEvent::type, LinkedHashMap::new, Collectors.toList()));
  }

  @Test
  void every_event_class_has_a_stored_form_and_the_samples_cover_every_type() {
    int classes = ClaimEvent.class.getPermittedSubclasses().length;

    assertEquals(classes, CODEC.types().size());
    assertEquals(List.copyOf(CODEC.types()).stream().sorted().toList(),
        samplesByType().keySet().stream().sorted().toList());
  }

  @Test
  void every_sample_event_decodes_equal_to_itself() {
    for (ClaimEvent event : SampleEvents.all()) {
      StoredEvent stored = CODEC.encode(event);

      assertEquals(event, CODEC.decode(StoredText.parse(StoredText.render(stored))), event.type());
    }
  }

  @Test
  void version_1_golden_files_decode_to_the_samples_and_encoding_matches_them_byte_for_byte()
      throws IOException {
    for (Map.Entry<String, List<ClaimEvent>> entry : samplesByType().entrySet()) {
      Path file = V1.resolve(entry.getKey() + ".txt");
      String encoded = StoredText.renderAll(CODEC.encodeAll(entry.getValue()));
      // a type now written at a later version keeps its v1 file, which must still decode
      boolean writtenAtV1 = CODEC.schemaVersion(entry.getKey()) == 1;
      if (Boolean.getBoolean("golden.update") && writtenAtV1) {
        Files.createDirectories(V1);
        Files.writeString(file, encoded, StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; run with -Dgolden.update=true and review it");
      }
      String golden = Files.readString(file, StandardCharsets.UTF_8);

      assertEquals(entry.getValue(), CODEC.decodeAll(StoredText.parseAll(golden)), file::toString);
      if (writtenAtV1) {
        assertEquals(golden, encoded, file::toString);
      }
    }
  }

  @Test
  void the_golden_files_hold_no_java_class_name() throws IOException {
    try (var files = Files.list(V1)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(!text.contains("io.parcelclaims") && !text.contains("java."), file::toString);
      }
    }
  }

  // ---- version 2 of claim.follow-up-recorded: "comment" becomes "remark"

  private static final EventForm<FollowUpRecorded> FOLLOW_UP_V2 =
      EventForm.of(
          FollowUpRecorded.TYPE,
          2,
          FollowUpRecorded.class,
          (e, f) ->
              f.putIfPresent(
                      "satisfaction",
                      e.satisfaction(),
                      s -> StoredRecord.builder().integer("score", s.score())
                          .integer("outOf", s.outOf()).build())
                  .texts("categories", e.categories().stream().map(FeedbackCategory::code).toList())
                  .putIfPresent("remark", e.comment(), StoredValue.Text::new),
          (h, f) ->
              new FollowUpRecorded(
                  h,
                  f.optionalRecord("satisfaction")
                      .map(s -> Satisfaction.of(s.integer("score"), s.integer("outOf"))),
                  f.texts("categories").stream().map(FeedbackCategory::of).toList(),
                  f.optionalText("remark")));

  private static final Upcaster FOLLOW_UP_V1_TO_V2 =
      Upcaster.of(
          FollowUpRecorded.TYPE,
          1,
          f -> f.find("comment").isPresent() ? f.renamed("comment", "remark") : f);

  private static ClaimHistory closedWithFeedback() {
    Desk desk = Paths.at(ClaimStatus.RECEIPT_CONFIRMED);
    desk.accept(DESK, Paths.later(desk), h -> new RecordFollowUp(
        h, Optional.of(Satisfaction.of(4, 5)), List.of(FeedbackCategory.SPEED),
        Optional.of("quick, thank you")));
    desk.accept(DESK, Paths.later(desk), CloseClaim::new);
    return desk.history();
  }

  @Test
  void old_and_new_stored_events_replay_to_the_same_state_through_an_upcaster() {
    ClaimHistory history = closedWithFeedback();
    ClaimWorkflow workflow = WorkflowFixtures.workflow();
    EventCodec v2 = EventCodec.builder().form(FOLLOW_UP_V2).upcaster(FOLLOW_UP_V1_TO_V2).build();

    List<StoredEvent> storedLastYear = CODEC.encodeAll(history.events());
    List<StoredEvent> storedToday = v2.encodeAll(history.events());

    StoredEvent oldFollowUp = only(storedLastYear, FollowUpRecorded.TYPE);
    StoredEvent newFollowUp = only(storedToday, FollowUpRecorded.TYPE);
    assertEquals(1, oldFollowUp.schemaVersion());
    assertEquals(Optional.of("quick, thank you"), oldFollowUp.fields().optionalText("comment"));
    assertEquals(2, newFollowUp.schemaVersion());
    assertEquals(Optional.of("quick, thank you"), newFollowUp.fields().optionalText("remark"));
    assertEquals(history.state(), workflow.replay(v2.decodeAll(storedLastYear)));
    assertEquals(history.state(), workflow.replay(v2.decodeAll(storedToday)));
  }

  @Test
  void a_codec_without_the_upcaster_refuses_a_newer_or_unknown_version_by_name() {
    StoredEvent v2 = EventCodec.builder().form(FOLLOW_UP_V2).build()
        .encode(SampleEvents.all().stream().filter(e -> e instanceof FollowUpRecorded).findFirst()
            .orElseThrow());
    EventCodec onlyV2 = EventCodec.builder().form(FOLLOW_UP_V2).build();
    StoredEvent v1 = CODEC.encode(v2Decoded(onlyV2, v2));

    StoredFormException newer = assertThrows(StoredFormException.class, () -> CODEC.decode(v2));
    StoredFormException older = assertThrows(StoredFormException.class, () -> onlyV2.decode(v1));

    assertTrue(newer.getMessage().startsWith("claim.follow-up-recorded v2: this codec reads v1"),
        newer.getMessage());
    assertTrue(older.getMessage().startsWith("claim.follow-up-recorded v1: this codec reads v2"),
        older.getMessage());
  }

  @Test
  void a_missing_field_is_reported_with_the_type_version_and_field() {
    StoredEvent stored = CODEC.encode(SampleEvents.all().get(0));
    StoredEvent broken =
        new StoredEvent(stored.type(), stored.schemaVersion(), stored.fields().without("commandId"));

    StoredFormException e = assertThrows(StoredFormException.class, () -> CODEC.decode(broken));

    assertEquals("claim.reported v1: commandId: missing", e.getMessage());
  }

  private static ClaimEvent v2Decoded(EventCodec codec, StoredEvent stored) {
    return codec.decode(stored);
  }

  private static StoredEvent only(List<StoredEvent> stored, String type) {
    List<StoredEvent> found = stored.stream().filter(s -> s.type().equals(type)).toList();
    assertEquals(1, found.size(), () -> Arrays.toString(found.toArray()));
    return found.get(0);
  }

}
