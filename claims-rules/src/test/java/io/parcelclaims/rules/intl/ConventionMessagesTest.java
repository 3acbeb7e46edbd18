package io.parcelclaims.rules.intl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the conventions' sources name is in their bundle, and no other (the checks every bundle
 * shares are in {@code io.parcelclaims.rules.RuleBundlesTest}).
 */
class ConventionMessagesTest {
  private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(explain\\.intl\\.[a-z0-9.-]+)\"");

  @Test
  void every_key_the_policies_name_is_in_the_bundle_and_no_other() throws IOException {
    // GIVEN the keys named in this package's sources
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "io", "parcelclaims", "rules", "intl"))) {
      files.forEach(
          f -> {
            try {
              Matcher m = KEY_IN_SOURCE.matcher(Files.readString(f));
              while (m.find()) {
                named.add(m.group(1));
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    // WHEN
    Properties en = ConventionMessages.SOURCE.entries(Locale.ENGLISH);

    // THEN
    // the terms of condition codes (term.condition.*) are reached through the codes, not named
    assertEquals(new TreeSet<>(en.stringPropertyNames().stream().filter(k -> k.startsWith("explain.")).toList()), named);
  }

  @Test
  void the_source_finds_a_convention_key_in_both_locales() {
    // GIVEN / WHEN
    var en = ConventionMessages.SOURCE.pattern("explain.intl.mc99.postal-item", Locale.ENGLISH);
    var zh = ConventionMessages.SOURCE.pattern("explain.intl.mc99.postal-item", Locale.SIMPLIFIED_CHINESE);

    // THEN
    assertTrue(en.isPresent());
    assertTrue(zh.isPresent());
  }

}
