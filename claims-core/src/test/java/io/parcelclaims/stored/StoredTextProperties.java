package io.parcelclaims.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StoredTextProperties {

  @Property(tries = 300)
  void canonical_text_reads_back_to_an_equal_event(@ForAll("events") StoredEvent event) {
    String text = StoredText.render(event);

    assertEquals(event, StoredText.parse(text));
  }

  @Property(tries = 100)
  void rendering_is_a_function_of_the_event(@ForAll("events") StoredEvent event) {
    StoredEvent copy = StoredText.parse(StoredText.render(event));

    assertEquals(StoredText.render(event), StoredText.render(copy));
  }

  @Property(tries = 100)
  void fields_alone_read_back_equal(@ForAll("events") StoredEvent event) {
    assertEquals(event.fields(), StoredText.parseFields(StoredText.renderFields(event.fields())));
  }

  @Property(tries = 100)
  void several_events_read_back_in_order(@ForAll("eventLists") List<StoredEvent> events) {
    assertEquals(events, StoredText.parseAll(StoredText.renderAll(events)));
  }

  @Provide
  Arbitrary<List<StoredEvent>> eventLists() {
    return events().list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<StoredEvent> events() {
    Arbitrary<String> types =
        Arbitraries.of("claim.reported", "claim.offer-proposed", "x", "a.b-c.d9");
    return Combinators.combine(types, Arbitraries.integers().between(1, 30), records(3))
        .as(StoredEvent::new);
  }

  private Arbitrary<StoredRecord> records(int depth) {
    Arbitrary<StoredRecord.Field> field =
        Combinators.combine(names(), values(depth)).as(StoredRecord.Field::new);
    return field
        .list()
        .ofMaxSize(5)
        .uniqueElements(StoredRecord.Field::name)
        .map(StoredRecord::of);
  }

  private Arbitrary<StoredValue> values(int depth) {
    Arbitrary<StoredValue> leaf =
        Arbitraries.oneOf(
            texts().map(StoredValue.Text::new),
            decimals().map(StoredValue.Decimal::of),
            Arbitraries.longs()
                .between(-40_000L * 365, 40_000L * 365)
                .map(d -> new StoredValue.Date(LocalDate.ofEpochDay(d))),
            Arbitraries.longs()
                .between(-10_000_000_000L, 100_000_000_000L)
                .flatMap(
                    s -> Arbitraries.integers().between(0, 999_999_999)
                        .map(n -> new StoredValue.Timestamp(Instant.ofEpochSecond(s, n)))));
    if (depth == 0) {
      return leaf;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, leaf),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.lazy(() -> values(depth - 1)).list().ofMaxSize(3)
                .map(StoredValue.Sequence::new)),
        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> records(depth - 1)).map(r -> r)));
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
        .flatMap(
            head -> Arbitraries.strings().alpha().numeric().ofMaxLength(4).map(tail -> head + tail));
  }

  /** All of Unicode's BMP, including quotes, backslashes, control and line separator characters. */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.of("", "\"", "\\", "\\u0041", "a = text \"b\"", "}", "]", "\n\r\t", "\u2028",
            "张三 13800000000"));
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(
                new java.math.BigInteger("-99999999999999999999"),
                new java.math.BigInteger("99999999999999999999")),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::new);
  }
}
