package io.parcelclaims.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.money.Money;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Condition codes, codes and money read as words in both languages; unknown codes as themselves. */
class WordingTest {
  private static final ExplanationRenderer RENDERER = ExplanationRenderer.of();
  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Test
  void every_condition_of_core_reads_as_words_in_both_languages() {
    List<Condition> all = new ArrayList<>(List.of(Policies.always(), Policies.insured(), Policies.insured().negate(),
        Policies.monthlyAccount(), Policies.intentOrGrossNegligence(),
        Policies.claimType(ClaimType.values()), Policies.scope(ServiceScope.values()),
        Policies.transportMode(TransportMode.values()), Policies.mailClass(MailClass.values())));
    for (DamageExtent d : DamageExtent.values()) {
      all.add(Policies.damageExtent(d));
    }
    for (ItemCategory c : constants(ItemCategory.class)) {
      all.add(Policies.itemCategory(c));
    }
    for (DenialReason r : constants(DenialReason.class)) {
      all.add(Policies.defence(r));
    }
    for (Condition c : all) {
      for (Locale locale : LOCALES) {
        String words = RENDERER.condition(c.code(), locale);
        if (locale.getLanguage().equals("zh")) {
          assertFalse(words.matches(".*[A-Za-z].*"), c.code() + " in " + locale + ": " + words);
        }
        assertFalse(words.contains("=") || words.contains("not("), c.code() + " in " + locale + ": " + words);
        assertFalse(words.matches(".*\\b[A-Z][A-Z_]{2,}\\b.*"), c.code() + " in " + locale + ": " + words);
      }
    }
  }

  @Test
  void composed_conditions_read_as_words_and_keep_their_brackets_inside_and() {
    Condition lossOrTotal = Policies.condition(
        "(" + Policies.claimType(ClaimType.LOSS).or(Policies.damageExtent(DamageExtent.TOTAL)).code() + ")", (c, x) -> true);
    String code = Policies.insured().and(lossOrTotal).code();

    assertEquals("已保价，且（丢失或全部损毁）", RENDERER.condition(code, Locale.SIMPLIFIED_CHINESE));
    assertEquals("the shipment has a declared value and (the claim is for loss or the damage is total)",
        RENDERER.condition(code, Locale.ENGLISH));
    assertEquals("丢失或全部损毁", RENDERER.condition(lossOrTotal.code(), Locale.SIMPLIFIED_CHINESE));
    assertEquals("丢失、损毁或内件短少",
        RENDERER.condition(Policies.claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS).code(),
            Locale.SIMPLIFIED_CHINESE));
    assertEquals("the claim is for loss, damage or short contents",
        RENDERER.condition("type=LOSS|DAMAGE|SHORT_CONTENTS", Locale.ENGLISH));
    assertEquals("未保价", RENDERER.condition("not(insured)", Locale.SIMPLIFIED_CHINESE));
    assertEquals("并非寄件人为月结客户", RENDERER.condition("not(monthly-account)", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_carriers_own_code_shows_as_itself_and_its_terms_win() {
    assertEquals("carrier-x.fragile-sticker", RENDERER.condition("carrier-x.fragile-sticker", Locale.SIMPLIFIED_CHINESE));
    assertEquals("已保价，且carrier-x.vip", RENDERER.condition("insured and carrier-x.vip", Locale.SIMPLIFIED_CHINESE));
    assertEquals("type=LOST_IN_SPACE", RENDERER.condition("type=LOST_IN_SPACE", Locale.ENGLISH));
    assertEquals("(unbalanced", RENDERER.condition("(unbalanced", Locale.ENGLISH));
    MessageSource carrier = (key, locale) -> switch (key) {
      case "term.condition.carrier-x.vip" -> Optional.of("VIP 客户");
      case "term.condition.insured" -> Optional.of("已办理保价");
      default -> Optional.empty();
    };
    ExplanationRenderer custom = ExplanationRenderer.withOverrides(List.of(carrier));

    assertEquals("已办理保价，且VIP 客户", custom.condition("insured and carrier-x.vip", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void money_reads_per_locale_in_explanations() {
    List<MessageArg> args = List.of(MessageArg.money(Money.of("CNY", "108.00")));

    assertEquals("运费 108.00 元", RENDERER.message("explain.shipping-fee", Locale.SIMPLIFIED_CHINESE, args));
    assertEquals("Shipping fee CNY 108.00", RENDERER.message("explain.shipping-fee", Locale.ENGLISH, args));
    assertEquals("运费 100.00 美元",
        RENDERER.message("explain.shipping-fee", Locale.SIMPLIFIED_CHINESE, List.of(MessageArg.money(Money.of("USD", "100.00")))));
    assertEquals("运费 100.00 CHF",
        RENDERER.message("explain.shipping-fee", Locale.SIMPLIFIED_CHINESE, List.of(MessageArg.money(Money.of("CHF", "100.00")))));
  }

  @Test
  void denial_reasons_and_facts_read_as_words() {
    assertEquals("不予赔偿：超过索赔期限",
        RENDERER.message("explain.denied", Locale.SIMPLIFIED_CHINESE, List.of(MessageArg.code("TIME_BARRED"))));
    assertEquals("运费：23.00 元", RENDERER.fact(new Fact("shippingFee", MessageArg.money(Money.of("CNY", "23.00"))),
        Locale.SIMPLIFIED_CHINESE));
    assertEquals("the shipment has a declared value: yes",
        RENDERER.fact(new Fact("insured", MessageArg.code("true")), Locale.ENGLISH));
    assertEquals("carrier-x.weight: 2.5", RENDERER.fact(new Fact("carrier-x.weight",
        MessageArg.decimal(new java.math.BigDecimal("2.5"))), Locale.ENGLISH));
  }

  private static <T> List<T> constants(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType().equals(type)) {
        try {
          out.add(type.cast(f.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
