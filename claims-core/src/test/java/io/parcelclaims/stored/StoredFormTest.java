package io.parcelclaims.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredFormTest {

  private static StoredEvent sample() {
    return new StoredEvent(
        "claim.reported",
        1,
        StoredRecord.builder()
            .text("claimId", "CLM-1")
            .record(
                "amountClaimed",
                StoredRecord.builder()
                    .decimal("amount", new BigDecimal("126.00"))
                    .text("currency", "CNY")
                    .build())
            .date("acceptedOn", LocalDate.of(2025, 3, 3))
            .instant("at", Instant.parse("2025-03-11T02:00:00Z"))
            .list("evidence", List.of())
            .texts("kinds", List.of("E01", "E06"))
            .build());
  }

  @Test
  void canonical_text_has_one_tagged_line_per_field_in_writing_order() {
    String expected =
        """
        event claim.reported v1
        claimId = text "CLM-1"
        amountClaimed = record {
          amount = decimal 126.00
          currency = text "CNY"
        }
        acceptedOn = date 2025-03-03
        at = instant 2025-03-11T02:00:00Z
        evidence = list []
        kinds = list [
          text "E01"
          text "E06"
        ]
        """;

    assertEquals(expected, StoredText.render(sample()));
  }

  @Test
  void decimals_keep_their_scale() {
    StoredRecord a = StoredRecord.builder().decimal("v", new BigDecimal("1.50")).build();
    StoredRecord b = StoredRecord.builder().decimal("v", new BigDecimal("1.5")).build();

    assertEquals(new BigDecimal("1.50"), a.decimal("v"));
    assertEquals(2, a.decimal("v").scale());
    assertTrue(!a.equals(b), "1.50 and 1.5 are different stored forms");
  }

  @Test
  void field_order_is_part_of_equality() {
    StoredRecord ab = StoredRecord.builder().text("a", "1").text("b", "2").build();
    StoredRecord ba = StoredRecord.builder().text("b", "2").text("a", "1").build();

    assertTrue(!ab.equals(ba));
  }

  @Test
  void reading_a_field_of_the_wrong_kind_names_the_field_and_both_kinds() {
    StoredFormException e =
        assertThrows(StoredFormException.class, () -> sample().fields().decimal("claimId"));

    assertEquals("claimId: expected decimal but was text", e.getMessage());
  }

  @Test
  void a_missing_field_is_named() {
    StoredFormException e =
        assertThrows(StoredFormException.class, () -> sample().fields().text("waybill"));

    assertEquals("waybill: missing", e.getMessage());
  }

  @Test
  void a_field_written_twice_is_refused() {
    StoredRecord.Builder builder = StoredRecord.builder().text("a", "1");

    StoredFormException e = assertThrows(StoredFormException.class, () -> builder.text("a", "2"));

    assertEquals("a: written twice", e.getMessage());
  }

  @Test
  void malformed_text_is_refused_with_the_line_number() {
    String text = "event claim.reported v1\nclaimId = text \"CLM-1\"\nat = instant yesterday\n";

    StoredFormException e = assertThrows(StoredFormException.class, () -> StoredText.parse(text));

    assertEquals("line 3: malformed instant \"yesterday\"", e.getMessage());
  }

  @Test
  void an_unclosed_record_is_refused() {
    String text = "event claim.reported v1\nmoney = record {\n  amount = decimal 1\n";

    StoredFormException e = assertThrows(StoredFormException.class, () -> StoredText.parse(text));

    assertTrue(e.getMessage().contains("missing \"}\""), e.getMessage());
  }

  @Test
  void a_type_that_looks_like_a_class_name_is_refused() {
    StoredFormException e =
        assertThrows(
            StoredFormException.class,
            () -> new StoredEvent("io.parcelclaims.ClaimReported", 1, StoredRecord.empty()));

    assertTrue(e.getMessage().startsWith("type:"), e.getMessage());
  }

  @Test
  void to_string_shows_field_names_but_never_values() {
    StoredRecord record = StoredRecord.builder().text("name", "张三").build();

    assertEquals("StoredRecord[name]", record.toString());
  }

  @Test
  void upcasters_apply_one_version_at_a_time_until_none_reads_the_version() {
    Upcasters upcasters =
        Upcasters.of(
            Upcaster.of("claim.reported", 1, f -> f.renamed("claimId", "id")),
            Upcaster.of("claim.reported", 2, f -> f.with("channel", new StoredValue.Text("APP"))));

    StoredEvent upcast = upcasters.upcast(sample());

    assertEquals(3, upcast.schemaVersion());
    assertEquals("CLM-1", upcast.fields().text("id"));
    assertEquals("APP", upcast.fields().text("channel"));
    assertEquals("id", upcast.fields().names().get(0), "a renamed field keeps its place");
  }

  @Test
  void an_event_no_upcaster_reads_is_returned_unchanged() {
    Upcasters upcasters = Upcasters.of(Upcaster.of("claim.paid", 1, f -> StoredRecord.empty()));

    assertEquals(sample(), upcasters.upcast(sample()));
  }

  @Test
  void two_upcasters_for_the_same_type_and_version_are_refused() {
    Upcaster a = Upcaster.of("claim.reported", 1, f -> f);
    Upcaster b = Upcaster.of("claim.reported", 1, f -> f);

    assertThrows(IllegalArgumentException.class, () -> Upcasters.of(a, b));
  }

  @Test
  void a_failing_upcaster_is_reported_with_the_type_and_version() {
    Upcasters upcasters =
        Upcasters.of(Upcaster.of("claim.reported", 1, f -> f.renamed("absent", "x")));

    StoredFormException e =
        assertThrows(StoredFormException.class, () -> upcasters.upcast(sample()));

    assertEquals("claim.reported v1: upcast failed: absent: missing", e.getMessage());
  }
}
