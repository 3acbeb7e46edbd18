package io.parcelclaims.rules.intl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.policy.MessageSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The convention bundles: both locales have the same keys, each with the same placeholders, every
 * key is an {@code explain.intl.*} key, and every key the policies' sources name is in the bundle.
 */
class ConventionMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(explain\\.intl\\.[a-z0-9.-]+)\"");

  @Test
  void english_and_simplified_chinese_have_the_same_keys_with_the_same_placeholders() {
    // GIVEN each locale's own file
    Properties en = MessageSource.load(ConventionMessages.class, "explain", Locale.ENGLISH);
    Properties zh = MessageSource.load(ConventionMessages.class, "explain", Locale.SIMPLIFIED_CHINESE);

    // WHEN
    TreeMap<String, Set<String>> enPlaceholders = placeholders(en);
    TreeMap<String, Set<String>> zhPlaceholders = placeholders(zh);

    // THEN
    assertFalse(enPlaceholders.isEmpty(), "explain_en.properties is missing or empty");
    assertEquals(enPlaceholders, zhPlaceholders);
  }

  @Test
  void every_key_is_a_kebab_case_convention_explanation_key() {
    // GIVEN
    Properties en = MessageSource.load(ConventionMessages.class, "explain", Locale.ENGLISH);

    // WHEN / THEN
    for (String key : en.stringPropertyNames()) {
      assertTrue(key.matches("explain\\.intl\\.[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*"), key);
    }
  }

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
    Properties en = MessageSource.load(ConventionMessages.class, "explain", Locale.ENGLISH);

    // THEN
    assertEquals(new TreeSet<>(en.stringPropertyNames()), named);
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

  private static TreeMap<String, Set<String>> placeholders(Properties bundle) {
    TreeMap<String, Set<String>> byKey = new TreeMap<>();
    for (String key : bundle.stringPropertyNames()) {
      Set<String> found = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(bundle.getProperty(key));
      while (m.find()) {
        found.add(m.group(1));
      }
      byKey.put(key, found);
    }
    return byKey;
  }
}
