package io.parcelclaims.rules.recovery;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.PolicyId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * {@code FOUND-AFTER-PAYMENT} (docs/worked-examples.md EX-14): a parcel paid for as lost turns up.
 *
 * <p><b>Unverified ([U]).</b> No express-industry rule was found; the policy rests on Civil Code
 * Art. 985 (unjust enrichment) [V] and is the carrier's choice. By default the claimant keeps the
 * delay remedy, the {@linkplain LineKind#FEE_REFUND fee refund}, and returns the loss compensation:
 * EX-04 paid 126.00 compensation + 18.00 fee refund, so 126.00 is due back and the claimant keeps
 * 18.00. If the claimant refuses the late parcel, nothing is recovered and the carrier keeps the
 * goods as salvage. Found <em>before</em> payment, the claim converts to delay: only the kept lines
 * are paid. The lines the claimant keeps are a named parameter, {@link #DEFAULT_KEPT}; a carrier
 * overrides it with {@link #keeping}.
 *
 * <p>Pure: amounts come in, nothing is read. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FoundAfterPayment {
  /** The policy's name in docs/worked-examples.md (EX-14). */
  public static final String NAME = "FOUND-AFTER-PAYMENT";

  /** The SDK's version of the policy, as {@code id@version}. */
  public static final PolicyId DEFAULT_ID = PolicyId.of("found-after-payment", "2026.1");

  /**
   * The kinds of line the claimant keeps when the parcel turns up: the fee refund, the delay remedy
   * (EX-14). <b>Unverified ([U])</b>: no source decides it; a carrier's choice.
   */
  public static final List<LineKind> DEFAULT_KEPT = List.of(LineKind.FEE_REFUND);

  private static final FoundAfterPayment DEFAULTS = new FoundAfterPayment(DEFAULT_ID, DEFAULT_KEPT);

  private final PolicyId id;
  private final List<LineKind> kept;

  private FoundAfterPayment(PolicyId id, List<LineKind> kept) {
    this.id = id;
    this.kept = List.copyOf(kept);
  }

  /** {@return the policy with {@link #DEFAULT_KEPT} (unverified, see the class description)} */
  public static FoundAfterPayment defaults() {
    return DEFAULTS;
  }

  /**
   * The policy with the carrier's own choice of what the claimant keeps.
   *
   * @param id the carrier's id and version for its variant, recorded with each recovery
   * @param kept the kinds of line the claimant keeps; an empty list recovers everything paid
   * @return the policy
   */
  public static FoundAfterPayment keeping(PolicyId id, List<LineKind> kept) {
    Objects.requireNonNull(id, "id");
    return new FoundAfterPayment(id, kept);
  }

  /** {@return the policy's id and version} */
  public PolicyId id() {
    return id;
  }

  /** {@return the kinds of line the claimant keeps} */
  public List<LineKind> keptKinds() {
    return kept;
  }

  /**
   * The recovery once the parcel turns up after payment.
   *
   * @param paid the lines paid, at least one, in one currency (the binding offer, paid in full)
   * @param parcelAccepted whether the claimant accepted the late parcel; if not, nothing is
   *     recovered and the carrier keeps the goods
   * @return the amount due back and the amount kept
   * @throws IllegalArgumentException if there is no line
   */
  public Recovery afterPayment(List<SettlementLine> paid, boolean parcelAccepted) {
    if (paid.isEmpty()) {
      throw new IllegalArgumentException("no line was paid");
    }
    Currency currency = paid.get(0).amount().currency();
    Money total = total(currency, paid);
    if (!parcelAccepted) {
      return new Recovery(id, Money.zero(currency), total, true);
    }
    // a deduction line kept or not can push a part outside [0, total]; clamp so due + kept = total
    Money keptTotal = total(currency, beforePayment(paid)).max(Money.zero(currency)).min(total);
    return new Recovery(id, total.minus(keptTotal), keptTotal, false);
  }

  /**
   * The lines still payable when the parcel turns up before payment: the claim converts to delay and
   * only the kinds the claimant keeps remain.
   *
   * @param assessed the lines assessed for the loss
   * @return those of a kept kind, in order
   */
  public List<SettlementLine> beforePayment(List<SettlementLine> assessed) {
    return assessed.stream().filter(l -> kept.contains(l.kind())).toList();
  }

  private static Money total(Currency currency, List<SettlementLine> lines) {
    return Money.total(currency, lines.stream().map(SettlementLine::signedAmount).toList());
  }

  /** {@return the name and the kinds kept} */
  @Override
  public String toString() {
    return NAME + "[" + id + " keeps " + kept + "]";
  }
}
