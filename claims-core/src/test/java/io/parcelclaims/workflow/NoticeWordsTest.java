package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.money.Money;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.EventHeader;
import io.parcelclaims.workflow.event.EvidenceSubmitted;
import io.parcelclaims.workflow.event.PaymentRecorded;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Notices read as words: money per locale, counts in proper English, no ISO code before an amount in Chinese. */
class NoticeWordsTest {
  /** Three capitals directly before an amount, such as {@code CNY 108.00}. */
  private static final Pattern CODE_BEFORE_AMOUNT = Pattern.compile("(?<![A-Za-z-])([A-Z]{3}) ?-?[0-9]");

  private static final Instant AT = Instant.parse("2025-09-26T02:00:00Z");
  private final NoticeRenderer renderer = NoticeRenderer.of();

  @Test
  void no_notice_in_chinese_shows_an_iso_code_before_an_amount_and_english_keeps_it() {
    for (ClaimEvent e : SampleEvents.all()) {
      for (Locale locale : NoticeRenderer.bundledLocales()) {
        String text = renderer.render(e, locale);
        if (locale.getLanguage().equals("zh")) {
          assertFalse(isoCodeBeforeAnAmount(text), locale + ": " + text);
        }
        assertFalse(text.contains("(s)"), locale + ": " + text);
      }
    }
  }

  @Test
  void a_mainland_customer_reads_yuan_after_the_amount() {
    ClaimEvent paid = paid(WorkflowFixtures.cny("108.00"));

    assertEquals("理赔申请 C-LOSS-1 的赔款 108.00 元 已通过银行转账发放。", renderer.render(paid, NoticeRenderer.MAINLAND));
    assertEquals("理賠申請 C-LOSS-1 的賠款 108.00 人民幣 已透過" + hongKongBankTransfer() + "發放。",
        renderer.render(paid, NoticeRenderer.HONG_KONG));
    assertEquals("We have paid CNY 108.00 for claim C-LOSS-1 by bank transfer.", renderer.render(paid, Locale.ENGLISH));
  }

  @Test
  void other_currencies_read_by_name_in_chinese_or_with_their_code_after_the_amount() {
    assertEquals("理赔申请 C-LOSS-1 的赔款 100.00 美元 已通过银行转账发放。",
        renderer.render(paid(Money.of("USD", "100.00")), NoticeRenderer.MAINLAND));
    assertEquals("理赔申请 C-LOSS-1 的赔款 100.00 CHF 已通过银行转账发放。",
        renderer.render(paid(Money.of("CHF", "100.00")), NoticeRenderer.MAINLAND));
    assertEquals("We have paid USD 100.00 for claim C-LOSS-1 by bank transfer.",
        renderer.render(paid(Money.of("USD", "100.00")), Locale.ENGLISH));
  }

  @Test
  void a_carriers_currency_term_and_money_pattern_win_over_the_sdks() {
    MessageSource carrier = (key, locale) -> locale.equals(NoticeRenderer.MAINLAND) && key.equals("term.currency.CNY")
        ? Optional.of("元人民币")
        : Optional.empty();

    assertEquals("理赔申请 C-LOSS-1 的赔款 108.00 元人民币 已通过银行转账发放。",
        NoticeRenderer.of(carrier).render(paid(WorkflowFixtures.cny("108.00")), NoticeRenderer.MAINLAND));
  }

  @Test
  void english_counts_documents_in_the_singular_and_the_plural() {
    ClaimEvent one = new EvidenceSubmitted(h(), List.of(WorkflowFixtures.receipt("rcpt-1", "780.00", AT)));
    ClaimEvent two = new EvidenceSubmitted(h(), List.of(WorkflowFixtures.receipt("rcpt-1", "780.00", AT),
        WorkflowFixtures.receipt("rcpt-2", "20.00", AT)));

    assertEquals("We have received 1 document for claim C-LOSS-1.", renderer.render(one, Locale.ENGLISH));
    assertEquals("We have received 2 documents for claim C-LOSS-1.", renderer.render(two, Locale.ENGLISH));
    assertEquals("我们已收到理赔申请 C-LOSS-1 的 1 份材料。", renderer.render(one, NoticeRenderer.MAINLAND));
  }

  static boolean isoCodeBeforeAnAmount(String text) {
    Matcher m = CODE_BEFORE_AMOUNT.matcher(text);
    while (m.find()) {
      String code = m.group(1);
      if (Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void the_scan_finds_an_iso_code_before_an_amount_and_nothing_else() {
    assertTrue(isoCodeBeforeAnAmount("赔款 CNY 108.00 已发放"));
    assertTrue(isoCodeBeforeAnAmount("赔款USD100"));
    assertFalse(isoCodeBeforeAnAmount("付款 PAY-1 未成功"));
    assertFalse(isoCodeBeforeAnAmount("GB/T 27917.3 与 108.00 元"));
  }

  private static String hongKongBankTransfer() {
    return NoticeRenderer.CORE.pattern("term.payment.bank-transfer", NoticeRenderer.HONG_KONG).orElseThrow();
  }

  private static ClaimEvent paid(Money amount) {
    return new PaymentRecorded(h(), PaymentReference.of("PAY-1"), amount, PaymentMethod.BANK_TRANSFER);
  }

  private static EventHeader h() {
    return new EventHeader(WorkflowFixtures.LOSS_ID, 1, CommandId.of("cmd-1"), ActorId.of("cs-li"),
        ActorRole.CUSTOMER_SERVICE, AT);
  }
}
