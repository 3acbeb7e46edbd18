package io.parcelclaims.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one way a module ships its bundles: files opened by the module itself, each read once. */
class MessageSourceTest {

  @Test
  void a_bundle_reads_the_file_of_the_locale_through_the_owners_opener_once() {
    // GIVEN a module's opener that counts the files it is asked for
    List<String> opened = new ArrayList<>();
    MessageSource source = MessageSource.bundled("explain", name -> {
      opened.add(name);
      return name.equals("explain_zh_CN.properties")
          ? new ByteArrayInputStream("explain.x.one=一件 {0}\n".getBytes(StandardCharsets.UTF_8))
          : null;
    });

    // WHEN
    Optional<String> first = source.pattern("explain.x.one", Locale.SIMPLIFIED_CHINESE);
    Optional<String> again = source.pattern("explain.x.one", Locale.SIMPLIFIED_CHINESE);
    Optional<String> english = source.pattern("explain.x.one", Locale.ENGLISH);

    // THEN UTF-8, no fallback to another locale, each file opened once
    assertEquals(Optional.of("一件 {0}"), first);
    assertEquals(first, again);
    assertEquals(Optional.empty(), english);
    assertEquals(List.of("explain_zh_CN.properties", "explain_en.properties"), opened);
    assertEquals("一件 {0}", source.entries(Locale.SIMPLIFIED_CHINESE).getProperty("explain.x.one"));
    assertTrue(source.entries(Locale.ENGLISH).isEmpty());
  }

  @Test
  void a_file_that_cannot_be_read_is_reported_with_its_name() {
    MessageSource source = MessageSource.bundled("notice", name -> {
      throw new IOException("disk");
    });

    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> source.pattern("k", Locale.ENGLISH));
    assertTrue(e.getMessage().contains("notice_en.properties"), e.getMessage());
  }

  @Test
  void a_source_that_cannot_list_its_keys_has_no_entries() {
    MessageSource carrier = (key, locale) -> Optional.of("x");

    assertTrue(carrier.entries(Locale.ENGLISH).isEmpty());
  }
}
