package io.parcelclaims.rules.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.policy.MessageSource;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The carrier bundles: both locales have the same keys, each with the same placeholders. */
class CarrierMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @Test
  void english_and_simplified_chinese_have_the_same_keys_with_the_same_placeholders() {
    // GIVEN each locale's own file
    Properties en = MessageSource.load(CarrierMessages.class, "explain", Locale.ENGLISH);
    Properties zh = MessageSource.load(CarrierMessages.class, "explain", Locale.SIMPLIFIED_CHINESE);

    // WHEN
    TreeMap<String, Set<String>> enPlaceholders = placeholders(en);
    TreeMap<String, Set<String>> zhPlaceholders = placeholders(zh);

    // THEN
    assertFalse(enPlaceholders.isEmpty(), "explain_en.properties is missing or empty");
    assertEquals(enPlaceholders, zhPlaceholders);
  }

  @Test
  void every_key_is_a_kebab_case_carrier_explanation_key() {
    // GIVEN
    Properties en = MessageSource.load(CarrierMessages.class, "explain", Locale.ENGLISH);

    // WHEN / THEN
    for (String key : en.stringPropertyNames()) {
      assertTrue(key.matches("explain\\.carrier\\.[a-z0-9]+(-[a-z0-9]+)*"), key);
    }
  }

  @Test
  void the_source_finds_a_carrier_key_in_both_locales() {
    // GIVEN / WHEN
    var en = CarrierMessages.SOURCE.pattern("explain.carrier.over-insurance-capped", Locale.ENGLISH);
    var zh = CarrierMessages.SOURCE.pattern("explain.carrier.over-insurance-capped", Locale.SIMPLIFIED_CHINESE);

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
