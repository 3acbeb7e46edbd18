package io.parcelclaims.rules.cn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The en and zh_CN bundles of {@link CnMessages} agree. Each locale's file is read on its own with
 * {@link CnMessages#load}: {@code MessageSource.load} reads from core, which cannot see resources
 * of this module's packages.
 */
class CnMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern KEY = Pattern.compile("explain\\.cn(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  @Test
  void en_and_zh_cn_have_the_same_keys() {
    Properties en = CnMessages.load(Locale.ENGLISH);
    Properties zh = CnMessages.load(Locale.SIMPLIFIED_CHINESE);

    assertFalse(en.isEmpty());
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
  }

  @Test
  void each_key_has_the_same_placeholders_in_both_locales() {
    Properties en = CnMessages.load(Locale.ENGLISH);
    Properties zh = CnMessages.load(Locale.SIMPLIFIED_CHINESE);

    TreeMap<String, Set<String>> enPlaceholders = new TreeMap<>();
    TreeMap<String, Set<String>> zhPlaceholders = new TreeMap<>();
    en.stringPropertyNames().forEach(k -> enPlaceholders.put(k, placeholders(en.getProperty(k))));
    zh.stringPropertyNames().forEach(k -> zhPlaceholders.put(k, placeholders(zh.getProperty(k))));

    assertEquals(enPlaceholders, zhPlaceholders);
  }

  @Test
  void keys_are_kebab_case_under_explain_cn() {
    for (String key : CnMessages.load(Locale.ENGLISH).stringPropertyNames()) {
      assertTrue(KEY.matcher(key).matches(), key);
    }
  }

  @Test
  void no_pattern_has_a_single_quote_that_message_format_would_swallow() {
    for (Locale locale : CnMessages.LOCALES) {
      Properties p = CnMessages.load(locale);
      for (String key : p.stringPropertyNames()) {
        assertFalse(LONE_QUOTE.matcher(p.getProperty(key)).find(), locale + " " + key);
      }
    }
  }

  @Test
  void the_source_answers_only_for_its_locales() {
    String key = "explain.cn.gbt-27917.loss";

    assertTrue(CnMessages.SOURCE.pattern(key, Locale.SIMPLIFIED_CHINESE).isPresent());
    assertTrue(CnMessages.SOURCE.pattern(key, Locale.ENGLISH).isPresent());
    assertTrue(CnMessages.SOURCE.pattern(key, Locale.TRADITIONAL_CHINESE).isEmpty());
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
