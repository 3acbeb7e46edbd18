package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.notice.ProgressNotices;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReturnedForCorrection;
import io.parcelclaims.workflow.event.EventHeader;
import io.parcelclaims.workflow.event.EvidenceRequested;
import io.parcelclaims.workflow.event.PaymentRecorded;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Codes inside progress notices read as words in each bundled language, with carriers' terms first. */
class NoticeTermsTest {
  private final NoticeRenderer renderer = NoticeRenderer.of();

  @Test
  void every_sdk_code_that_can_reach_a_notice_has_a_term_in_each_bundled_locale() {
    List<String> keys = new ArrayList<>();
    constants(EvidenceKind.class).forEach(k -> keys.add(ProgressNotices.EVIDENCE_TERMS + "." + k.code()));
    constants(DenialReason.class).forEach(r -> keys.add(ProgressNotices.DENIAL_TERMS + "." + r.code()));
    constants(PaymentMethod.class).forEach(m -> keys.add(ProgressNotices.PAYMENT_TERMS + "." + m.code()));
    fieldPaths().forEach(p -> keys.add(ProgressNotices.FIELD_TERMS + "." + p));

    for (Locale locale : NoticeRenderer.bundledLocales()) {
      Properties bundle = NoticeRenderer.CORE.entries(locale);
      for (String key : keys) {
        String term = bundle.getProperty(key);
        assertTrue(term != null && !term.isBlank(), "no term " + key + " in " + locale);
      }
      assertTrue(bundle.containsKey(NoticeRenderer.LIST_SEPARATOR), "no list separator in " + locale);
    }
  }

  @Test
  void the_evidence_kinds_are_the_twenty_e_codes_of_the_domain_catalogue() {
    List<String> catalogue = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format(Locale.ROOT, "E%02d", i)).toList();

    assertEquals(catalogue, constants(EvidenceKind.class).stream().map(EvidenceKind::code).sorted().toList());
  }

  @Test
  void the_notices_of_the_samples_use_only_the_four_term_prefixes_and_the_samples_codes_have_terms() {
    Set<String> prefixes = Set.of(ProgressNotices.EVIDENCE_TERMS, ProgressNotices.DENIAL_TERMS,
        ProgressNotices.PAYMENT_TERMS, ProgressNotices.FIELD_TERMS);
    Set<String> used = new TreeSet<>();
    for (ClaimEvent e : SampleEvents.all()) {
      for (MessageArg arg : ProgressNotices.of(e).arguments()) {
        if (arg instanceof MessageArg.TermsArg t) {
          used.add(t.prefix());
        }
      }
    }

    assertEquals(new TreeSet<>(prefixes), used);
  }

  @Test
  void requested_evidence_reads_as_words_joined_by_each_locales_list_separator() {
    ClaimEvent requested = new EvidenceRequested(h(), List.of(EvidenceKind.PURCHASE_PROOF, EvidenceKind.PHOTOS));

    assertEquals("To continue with claim C-LOSS-1, please send us: purchase proof, photos of the item and damage.",
        renderer.render(requested, NoticeRenderer.ENGLISH));
    assertEquals("为继续处理理赔申请 C-LOSS-1，请提供：购买凭证、物品及损坏情况照片。",
        renderer.render(requested, NoticeRenderer.MAINLAND));
    assertEquals("為繼續處理理賠申請 C-LOSS-1，請提供：購買證明、物品及損壞情況的相片。",
        renderer.render(requested, NoticeRenderer.HONG_KONG));
  }

  @Test
  void payment_methods_denial_reasons_and_fields_read_as_words() {
    ClaimEvent paid = new PaymentRecorded(h(), PaymentReference.of("PAY-1"), WorkflowFixtures.cny("144.00"),
        PaymentMethod.WECHAT_PAY);
    ClaimEvent rejected = new ClaimRejected(h(), List.of(DenialReason.TIME_BARRED));
    ClaimEvent returned = new ClaimReturnedForCorrection(h(), List.of("shipment.waybill", "amountClaimed"));

    assertEquals("We have paid CNY 144.00 for claim C-LOSS-1 by WeChat Pay.", renderer.render(paid, Locale.ENGLISH));
    assertEquals("理赔申请 C-LOSS-1 的赔款 144.00 元 已通过微信支付发放。", renderer.render(paid, NoticeRenderer.MAINLAND));
    assertEquals("理賠申請 C-LOSS-1 不獲受理（已超過索償期限）。", renderer.render(rejected, NoticeRenderer.HONG_KONG));
    assertEquals("Please correct these details of claim C-LOSS-1: waybill number, amount claimed.",
        renderer.render(returned, Locale.ENGLISH));
    assertEquals("请更正理赔申请 C-LOSS-1 的以下信息：运单号、索赔金额。", renderer.render(returned, NoticeRenderer.MAINLAND));
  }

  @Test
  void a_carriers_own_code_without_a_term_shows_as_the_code() {
    ClaimEvent requested = new EvidenceRequested(h(), List.of(EvidenceKind.PURCHASE_PROOF, EvidenceKind.of("X-SELFIE")));
    ClaimEvent paid = new PaymentRecorded(h(), PaymentReference.of("PAY-1"), WorkflowFixtures.cny("144.00"),
        PaymentMethod.of("unionpay"));

    assertEquals("To continue with claim C-LOSS-1, please send us: purchase proof, X-SELFIE.",
        renderer.render(requested, NoticeRenderer.ENGLISH));
    assertEquals("为继续处理理赔申请 C-LOSS-1，请提供：购买凭证、X-SELFIE。", renderer.render(requested, NoticeRenderer.MAINLAND));
    assertEquals("We have paid CNY 144.00 for claim C-LOSS-1 by unionpay.", renderer.render(paid, Locale.ENGLISH));
  }

  @Test
  void a_carriers_term_wins_over_the_sdks_and_names_its_own_codes() {
    Map<String, String> english = Map.of(
        "term.evidence.E04", "your order invoice",
        "term.evidence.X-SELFIE", "a photo of you holding the parcel");
    MessageSource carrier = (key, locale) -> locale.equals(Locale.ENGLISH)
        ? Optional.ofNullable(english.get(key))
        : Optional.empty();
    ClaimEvent requested = new EvidenceRequested(h(),
        List.of(EvidenceKind.PURCHASE_PROOF, EvidenceKind.PHOTOS, EvidenceKind.of("X-SELFIE")));
    NoticeRenderer custom = NoticeRenderer.of(carrier);

    assertEquals("To continue with claim C-LOSS-1, please send us: your order invoice, photos of the item and damage, "
        + "a photo of you holding the parcel.", custom.render(requested, Locale.ENGLISH));
    assertEquals(renderer.render(requested, NoticeRenderer.MAINLAND), custom.render(requested, NoticeRenderer.MAINLAND));
  }

  @Test
  void a_carriers_list_separator_wins_and_a_locale_without_one_joins_with_a_comma() {
    MessageSource carrier = (key, locale) -> {
      if (locale.equals(Locale.ENGLISH) && key.equals(NoticeRenderer.LIST_SEPARATOR)) {
        return Optional.of(" and ");
      }
      if (locale.equals(Locale.GERMAN) && key.equals("notice.evidence-requested")) {
        return Optional.of("Bitte senden Sie uns für {0}: {1}.");
      }
      return locale.equals(Locale.GERMAN) && key.equals("term.evidence.E04")
          ? Optional.of("Kaufbeleg")
          : Optional.empty();
    };
    ClaimEvent requested = new EvidenceRequested(h(), List.of(EvidenceKind.PURCHASE_PROOF, EvidenceKind.PHOTOS));
    NoticeRenderer custom = NoticeRenderer.of(carrier);

    assertEquals("To continue with claim C-LOSS-1, please send us: purchase proof and photos of the item and damage.",
        custom.render(requested, Locale.ENGLISH));
    assertEquals("Bitte senden Sie uns für C-LOSS-1: Kaufbeleg, E06.", custom.render(requested, Locale.GERMAN));
  }

  @Test
  void a_list_of_terms_is_its_codes_as_text_and_its_terms_in_explanations_too() {
    MessageArg terms = MessageArg.terms(ProgressNotices.DENIAL_TERMS, List.of("TIME_BARRED", "CARRIERS_OWN"));
    MessageSource explain = (key, locale) -> key.equals("explain.test-denied") ? Optional.of("denied: {0}") : Optional.empty();

    assertEquals("TIME_BARRED, CARRIERS_OWN", terms.text());
    assertEquals("denied: the claim was made after the time allowed, CARRIERS_OWN",
        ExplanationRenderer.of(explain).message("explain.test-denied", Locale.ENGLISH, List.of(terms)));
    assertEquals("term.denial.TIME_BARRED", ((MessageArg.TermsArg) terms).key("TIME_BARRED"));
  }

  @Test
  void a_term_prefix_is_not_blank_and_has_no_trailing_dot() {
    assertThrows(IllegalArgumentException.class, () -> MessageArg.terms(" ", List.of("E04")));
    assertThrows(IllegalArgumentException.class, () -> MessageArg.terms("term.evidence.", List.of("E04")));
    assertThrows(NullPointerException.class, () -> MessageArg.terms(null, List.of("E04")));
    assertEquals("", MessageArg.terms("term.evidence", List.of()).text());
  }

  // the SDK's constants of an open code type: its public static final fields of its own type
  private static <T> List<T> constants(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == type) {
        try {
          out.add(type.cast(f.get(null)));
        } catch (IllegalAccessException x) {
          throw new AssertionError(x);
        }
      }
    }
    assertFalse(out.isEmpty(), "no constants in " + type);
    return out;
  }

  // the paths a desk may return for correction: a claim's attributes and its shipment's
  private static List<String> fieldPaths() {
    List<String> paths = new ArrayList<>(attributes(Claim.class));
    attributes(Shipment.class).forEach(a -> paths.add("shipment." + a));
    return paths;
  }

  // attributes are the public, overridable, no-argument instance methods; derived values are final
  private static List<String> attributes(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && !Modifier.isFinal(m.getModifiers()))
        .map(Method::getName)
        .sorted()
        .toList();
  }

  private static EventHeader h() {
    return new EventHeader(WorkflowFixtures.LOSS_ID, 1, CommandId.of("cmd-1"), ActorId.of("cs-li"),
        ActorRole.CUSTOMER_SERVICE, Instant.parse("2025-09-26T02:00:00Z"));
  }
}
