package io.parcelclaims.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.rules.carrier.CarrierMessages;
import io.parcelclaims.rules.cn.CnMessages;
import io.parcelclaims.rules.evidence.EvidenceConditions;
import io.parcelclaims.rules.evidence.EvidenceMessages;
import io.parcelclaims.rules.intl.ConventionMessages;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden explanations read as words: no raw condition code in either language, and in Chinese no
 * ISO currency code before an amount ("108.00 元", not "CNY 108.00").
 */
class GoldenWordsTest {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final ExplanationRenderer ALL = ExplanationRenderer.of(CnMessages.SOURCE, CarrierMessages.SOURCE,
      ConventionMessages.SOURCE, StandingMessages.SOURCE, TimeBarMessages.SOURCE, EvidenceMessages.SOURCE);

  /** The rule id in brackets and the not-chosen mark that start a line; ids are codes by design. */
  private static final Pattern STEP_PREFIX = Pattern.compile("^\\s*(\\(—\\) )?\\[[^]]*] ");

  /** Shapes of a raw condition code: key=value, not(…), an enum constant, a kebab-case atom, an and/or of codes. */
  private static final List<Pattern> RAW_CODE = List.of(
      Pattern.compile("[a-z][a-z-]*=[A-Za-z]"),
      Pattern.compile("\\bnot\\("),
      Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b"),
      Pattern.compile("\\b(LOSS|DAMAGE|DELAY|TOTAL|PARTIAL|AIR|ROAD|RAIL|SEA|MULTIMODAL|EXPRESS)\\b"),
      Pattern.compile("(?<![\\w.@-])(monthly-account|[a-z]+(-[a-z]+)*-or-[a-z]+(-[a-z]+)*"
          + "|special-declaration|wilful-misconduct|partial-damage|online-purchase|remote-area|salvage-kept"
          + "|carrier-says-delivered|intent-or-gross-negligence)(?![\\w.@-])"));

  /** Atoms that are also English words: raw codes only in Chinese text. */
  private static final Pattern ENGLISH_WORD_CODE = Pattern.compile("(?<![\\w.@-])(insured|always)(?![\\w.@-])");

  private static final Pattern CODE_BEFORE_AMOUNT = Pattern.compile("(?<![A-Za-z-])([A-Z]{3}) ?-?[0-9]");

  @Test
  void no_golden_explanation_shows_a_raw_condition_code_or_an_iso_code_before_an_amount_in_chinese() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() > 40, "the goldens are found: " + files.size());
    List<String> bad = new ArrayList<>();
    for (Path f : files) {
      boolean chinese = f.getFileName().toString().contains(".zh");
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String text = STEP_PREFIX.matcher(line).replaceFirst("");
        if (text.startsWith("Policy ") || text.startsWith("适用规则 ")) {
          continue; // a policy's id@version, a code by design
        }
        if (rawCode(text) || (chinese && (isoCodeBeforeAnAmount(text) || ENGLISH_WORD_CODE.matcher(text).find()))) {
          bad.add(f.getFileName() + ": " + line);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void the_scan_catches_what_it_is_for() {
    assertTrue(rawCode("适用条件：type=LOSS|DAMAGE"));
    assertTrue(ENGLISH_WORD_CODE.matcher("不适用：条件 insured 不成立").find());
    assertTrue(rawCode("Applies because loss-or-total-damage"));
    assertTrue(rawCode("不予赔偿：TIME_BARRED"));
    assertTrue(rawCode("本件运输方式为 ROAD"));
    assertTrue(isoCodeBeforeAnAmount("运费 CNY 23.00"));
    assertFalse(rawCode("Policy test@1 governs carriage by air; the sender's same-city item"));
    assertFalse(isoCodeBeforeAnAmount("GB/T 27917.3：运费 23.00 元，按 1 特别提款权 = 9.7000 元"));
  }

  @Test
  void every_condition_code_of_the_ready_rules_reads_as_words_in_both_languages() {
    Money m = Money.of("CNY", "500.00");
    List<String> codes = new ArrayList<>(List.of("loss-or-total-damage", "partial-damage-or-short-contents",
        "partial-damage", "special-declaration", "wilful-misconduct", "wilful-misconduct-or-gross-negligence",
        "documents-or-undeclared-goods", "online-purchase", "remote-area", "not(special-declaration)"));
    for (Condition c : List.of(EvidenceConditions.carrierSaysDelivered(), EvidenceConditions.salvageKept(),
        EvidenceConditions.goodsValueAtLeast(m), EvidenceConditions.goodsValueAtLeast(m).negate(),
        EvidenceConditions.goodsValueAbove(m), EvidenceConditions.declaredValueAtLeast(m),
        EvidenceConditions.itemAbove(ItemCategory.ELECTRONICS, m))) {
      codes.add(c.code());
    }
    for (String code : codes) {
      for (Locale locale : Golden.LOCALES) {
        String words = ALL.condition(code, locale);
        assertFalse(rawCode(words) || words.equals(code), code + " in " + locale + ": " + words);
        if (locale.getLanguage().equals("zh")) {
          assertFalse(words.matches(".*[A-Za-z].*"), code + " in " + locale + ": " + words);
        }
      }
    }
    assertEquals("物品价值不低于 500.00 元", ALL.condition(EvidenceConditions.goodsValueAtLeast(m).code(), Locale.SIMPLIFIED_CHINESE));
    assertEquals("an item of electronics is worth more than CNY 500.00",
        ALL.condition(EvidenceConditions.itemAbove(ItemCategory.ELECTRONICS, m).code(), Locale.ENGLISH));
  }

  private static boolean rawCode(String text) {
    return RAW_CODE.stream().anyMatch(p -> p.matcher(text).find());
  }

  private static boolean isoCodeBeforeAnAmount(String text) {
    Matcher m = CODE_BEFORE_AMOUNT.matcher(text);
    while (m.find()) {
      String code = m.group(1);
      if (Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code))) {
        return true;
      }
    }
    return false;
  }
}
