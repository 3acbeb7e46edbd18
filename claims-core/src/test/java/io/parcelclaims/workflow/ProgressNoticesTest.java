package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.notice.ProgressNotice;
import io.parcelclaims.notice.ProgressNotices;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.message.Wording;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReported;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every event has a customer-facing notice that renders in each bundled language. */
class ProgressNoticesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private final NoticeRenderer renderer = NoticeRenderer.of();
  private final Wording wording = Wording.of(List.of(NoticeRenderer.CORE));

  @Test
  void the_samples_cover_every_event_type_and_every_notice_code() {
    Set<String> sampled = SampleEvents.all().stream().map(e -> e.getClass().getName()).collect(Collectors.toSet());
    Set<String> permitted = Arrays.stream(ClaimEvent.class.getPermittedSubclasses()).map(Class::getName)
        .collect(Collectors.toSet());
    Set<String> codes = SampleEvents.all().stream().map(e -> ProgressNotices.of(e).code())
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(permitted, sampled);
    assertEquals(new TreeSet<>(ProgressNotices.codes()), codes);
  }

  @Test
  void every_event_notice_renders_in_each_bundled_language_with_every_parameter_filled() {
    for (ClaimEvent e : SampleEvents.all()) {
      ProgressNotice notice = ProgressNotices.of(e);
      for (Locale locale : NoticeRenderer.bundledLocales()) {
        String text = renderer.render(notice, locale);
        assertTrue(text.contains("C-LOSS-1"), notice.code() + " in " + locale + ": " + text);
        assertFalse(PLACEHOLDER.matcher(text).find(), notice.code() + " in " + locale + " left a placeholder");
        Properties bundle = NoticeRenderer.CORE.entries(locale);
        for (var arg : notice.arguments()) {
          // a list of codes shows each code's term; every other argument shows its text
          List<String> shown = arg instanceof MessageArg.TermsArg t
              ? t.codes().stream().map(c -> bundle.getProperty(t.key(c), c)).toList()
              : List.of(wording.words(arg, locale));
          for (String part : shown) {
            assertTrue(text.contains(part), notice.code() + " in " + locale + " lacks " + part + ": " + text);
          }
        }
      }
    }
  }

  @Test
  void the_three_bundles_hold_exactly_the_notice_codes_and_the_same_terms_with_the_same_placeholders() {
    TreeMap<String, Set<String>> english = holes(Locale.ENGLISH);
    Set<String> notices = english.keySet().stream().filter(k -> k.startsWith("notice."))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> others = english.keySet().stream().filter(k -> !notices.contains(k))
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(new TreeSet<>(ProgressNotices.codes()), notices);
    assertTrue(others.stream().allMatch(k -> k.startsWith("term.")), "neither a notice nor a term: " + others);
    assertTrue(others.stream().filter(k -> !k.equals(Wording.MONEY)).allMatch(k -> english.get(k).isEmpty()),
        "a term other than the pattern of money has a placeholder");
    assertEquals(english, holes(NoticeRenderer.MAINLAND));
    assertEquals(english, holes(NoticeRenderer.HONG_KONG));
  }

  @Test
  void notices_carry_no_personal_data_of_the_claimant() {
    for (ClaimEvent e : SampleEvents.all()) {
      for (Locale locale : NoticeRenderer.bundledLocales()) {
        String text = renderer.render(e, locale);
        assertFalse(text.contains("13800138000") || text.contains("Zhang") || text.contains("Nanjing Road"), text);
      }
    }
  }

  @Test
  void a_carrier_bundle_overrides_only_the_wording_it_holds() {
    MessageSource carrier = (key, locale) -> key.equals("notice.claim-closed") && locale.equals(Locale.ENGLISH)
        ? Optional.of("All done with {0}. Thank you for shipping with us.")
        : Optional.empty();
    NoticeRenderer custom = NoticeRenderer.of(carrier);
    List<ClaimEvent> samples = SampleEvents.all();
    ClaimEvent closed = samples.stream().filter(e -> e.type().equals("claim.closed")).findFirst().orElseThrow();
    ClaimEvent reported = samples.stream().filter(e -> e instanceof ClaimReported).findFirst().orElseThrow();

    assertEquals("All done with C-LOSS-1. Thank you for shipping with us.", custom.render(closed, Locale.ENGLISH));
    assertEquals("理赔申请 C-LOSS-1 已结案。", custom.render(closed, NoticeRenderer.MAINLAND));
    assertEquals(renderer.render(reported, Locale.ENGLISH), custom.render(reported, Locale.ENGLISH));
  }

  @Test
  void a_locale_without_a_bundle_has_no_fallback() {
    ClaimEvent any = SampleEvents.all().get(0);

    assertThrows(MissingResourceException.class, () -> renderer.render(any, Locale.FRENCH));
    assertThrows(MissingResourceException.class, () -> renderer.render(any, Locale.CHINESE));
  }

  @Test
  void a_rejection_notice_lists_its_reasons_in_order() {
    ClaimRejected rejected = (ClaimRejected) SampleEvents.all().stream()
        .filter(e -> e instanceof ClaimRejected).findFirst().orElseThrow();

    assertEquals("Claim C-LOSS-1 has been rejected (the claim was made after the time allowed, "
        + "the claimant is not entitled to claim).", renderer.render(rejected, Locale.ENGLISH));
    assertEquals("理赔申请 C-LOSS-1 未予受理（超过索赔期限、申请人无权索赔）。",
        renderer.render(rejected, NoticeRenderer.MAINLAND));
  }

  private static TreeMap<String, Set<String>> holes(Locale locale) {
    Properties p = NoticeRenderer.CORE.entries(locale);
    TreeMap<String, Set<String>> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      Set<String> found = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
      while (m.find()) {
        found.add(m.group(1));
      }
      out.put(key, found);
    }
    return out;
  }
}
