package io.parcelclaims.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.message.MessageSource;
import io.parcelclaims.rules.carrier.CarrierMessages;
import io.parcelclaims.rules.cn.CnMessages;
import io.parcelclaims.rules.intl.ConventionMessages;
import io.parcelclaims.rules.evidence.EvidenceMessages;
import io.parcelclaims.rules.regime.RegimeMessages;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every explanation bundle of claims-rules: both locales have the same keys with the same
 * placeholders, keys are kebab-case under their package's prefix, no single quote is left for
 * {@link java.text.MessageFormat} to swallow, and each source answers in its locales only.
 */
class RuleBundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

  static Stream<Arguments> bundles() {
    return Stream.of(
        Arguments.of(CnMessages.class, CnMessages.SOURCE, "cn", "explain.cn.gbt-27917.loss"),
        Arguments.of(CarrierMessages.class, CarrierMessages.SOURCE, "carrier", "explain.carrier.over-insurance-capped"),
        Arguments.of(ConventionMessages.class, ConventionMessages.SOURCE, "intl", "explain.intl.mc99.applies"),
        Arguments.of(TimeBarMessages.class, TimeBarMessages.SOURCE, "timebar", "explain.timebar.claim-barred"),
        Arguments.of(StandingMessages.class, StandingMessages.SOURCE, "standing", "explain.standing.online-purchase"),
        Arguments.of(EvidenceMessages.class, EvidenceMessages.SOURCE, "evidence", "explain.evidence.kind-e17"),
        Arguments.of(RegimeMessages.class, RegimeMessages.SOURCE, "regime", "explain.regime.montreal"));
  }

  @Test
  void the_module_reads_its_own_bundles_and_opens_no_package() throws IOException {
    // GIVEN the rules module's descriptor, as compiled
    ModuleDescriptor descriptor;
    try (InputStream in = CnMessages.class.getResourceAsStream("/module-info.class")) {
      descriptor = ModuleDescriptor.read(in);
    }

    // THEN no package is opened (each SOURCE opens its files itself), yet every bundle is found
    assertEquals("io.parcelclaims.rules", descriptor.name());
    assertEquals(Set.of(), descriptor.opens());
    bundles().forEach(a -> assertFalse(((MessageSource) a.get()[1]).entries(Locale.ENGLISH).isEmpty()));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("bundles")
  void english_and_simplified_chinese_have_the_same_keys_with_the_same_placeholders(
      Class<?> owner, MessageSource source, String prefix, String sample) {
    // GIVEN each locale's own file
    Properties en = source.entries(Locale.ENGLISH);
    Properties zh = source.entries(Locale.SIMPLIFIED_CHINESE);

    // WHEN
    TreeMap<String, Set<String>> enPlaceholders = placeholders(en);
    TreeMap<String, Set<String>> zhPlaceholders = placeholders(zh);

    // THEN
    assertFalse(enPlaceholders.isEmpty(), "explain_en.properties is missing or empty");
    assertEquals(enPlaceholders, zhPlaceholders);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("bundles")
  void every_key_is_kebab_case_under_the_package_prefix_and_quotes_are_doubled(
      Class<?> owner, MessageSource source, String prefix, String sample) {
    // GIVEN
    Properties en = source.entries(Locale.ENGLISH);
    Properties zh = source.entries(Locale.SIMPLIFIED_CHINESE);

    // WHEN / THEN
    for (String key : en.stringPropertyNames()) {
      // a message under the package prefix, or the term of a condition code (words for readers)
      assertTrue(key.matches("explain\\." + prefix + "(\\.[a-z0-9]+(-[a-z0-9]+)*)+")
          || key.matches("term\\.condition(\\.[a-z0-9]+(-[a-z0-9]+)*)+"), key);
      assertFalse(LONE_QUOTE.matcher(en.getProperty(key)).find(), key);
      assertFalse(LONE_QUOTE.matcher(zh.getProperty(key)).find(), key);
    }
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("bundles")
  void the_source_finds_a_key_in_both_locales_and_nothing_in_another(
      Class<?> owner, MessageSource source, String prefix, String sample) {
    // GIVEN / WHEN / THEN
    assertTrue(source.pattern(sample, Locale.ENGLISH).isPresent());
    assertTrue(source.pattern(sample, Locale.SIMPLIFIED_CHINESE).isPresent());
    assertFalse(source.pattern(sample, Locale.FRENCH).isPresent());
    assertFalse(source.pattern(sample, Locale.TRADITIONAL_CHINESE).isPresent());
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
