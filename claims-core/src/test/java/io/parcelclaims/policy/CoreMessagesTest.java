package io.parcelclaims.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Core's explanation bundles: each locale's own file has every key, with the same placeholders. */
class CoreMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void every_key_exists_in_both_languages_with_the_same_placeholders() {
    Properties en = ExplanationRenderer.CORE.entries(Locale.ENGLISH);
    Properties zh = ExplanationRenderer.CORE.entries(Locale.SIMPLIFIED_CHINESE);

    assertFalse(en.isEmpty(), "explain_en.properties is missing or empty");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    TreeMap<String, Set<String>> enHoles = new TreeMap<>();
    TreeMap<String, Set<String>> zhHoles = new TreeMap<>();
    en.stringPropertyNames().forEach(k -> enHoles.put(k, placeholders(en.getProperty(k))));
    zh.stringPropertyNames().forEach(k -> zhHoles.put(k, placeholders(zh.getProperty(k))));
    assertEquals(enHoles, zhHoles);
  }

  @Test
  void a_locale_without_its_own_file_has_no_fallback() {
    Properties fr = ExplanationRenderer.CORE.entries(Locale.FRENCH);

    assertEquals(0, fr.size());
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> holes = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      holes.add(m.group(1));
    }
    return holes;
  }
}
