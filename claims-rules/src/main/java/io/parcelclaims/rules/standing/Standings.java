package io.parcelclaims.rules.standing;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Policies;
import java.util.Objects;

/**
 * Ready standing rules: who may claim under each rule set (docs/express-civil-code.md, docs/gbt-27917.md, docs/conventions.md, docs/evidence.md E03). A
 * claimant who may not is denied with {@link io.parcelclaims.claim.DenialReason#NOT_ENTITLED_TO_CLAIM}
 * when the rule stands in front of a policy ({@link io.parcelclaims.policy.GuardedPolicy}).
 *
 * <p>This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class Standings {
  /**
   * The name of a stated fact, on purchase proof (E04) or standing evidence (E03), giving the
   * channel the goods were bought through: {@value}.
   */
  public static final String PURCHASE_CHANNEL = "purchase-channel";

  /** The {@link #PURCHASE_CHANNEL} value of an online purchase: {@value}. */
  public static final String ONLINE = "online";

  private Standings() {}

  /**
   * GB/T 27917.3 (docs/gbt-27917.md, [S] [12]): compensation goes to the sender (寄件人) or the
   * beneficiary the sender names. Rule {@code cn.gbt-27917.standing}, version {@code 2011}; every
   * claim type.
   *
   * @return the rule
   */
  public static RoleStanding gbt27917() {
    return RoleStanding.builder("cn.gbt-27917.standing", "2011", "explain.standing.gbt-27917")
        .allow(PartyRole.SENDER, PartyRole.BENEFICIARY)
        .build();
  }

  /**
   * An express parcel under civil law, with online purchases recognised by {@link
   * #statedOnlinePurchase()}.
   *
   * @return the rule
   * @see #civilCodeExpress(Condition)
   */
  public static RoleStanding civilCodeExpress() {
    return civilCodeExpress(statedOnlinePurchase());
  }

  /**
   * An express parcel under civil law (docs/express-civil-code.md, docs/express-civil-code.md, docs/evidence.md E03): rule {@code
   * cn.civil-code.standing}, version {@code 2021}. The sender, the recipient and a beneficiary the
   * sender names may claim; but for an <b>online purchase</b> only the seller, the sender, may
   * (Civil Code Art. 604, [V] [10]: the risk passes to the buyer on delivery, so the buyer's claim
   * is against the seller and the seller's against the carrier), rule {@code
   * cn.civil-code.art604.online-purchase}.
   *
   * @param onlinePurchase whether the parcel delivers an online purchase
   * @return the rule
   */
  public static RoleStanding civilCodeExpress(Condition onlinePurchase) {
    Objects.requireNonNull(onlinePurchase, "onlinePurchase");
    return RoleStanding.builder("cn.civil-code.standing", "2021", "explain.standing.civil-code-express")
        .onlyWhen(
            "cn.civil-code.art604.online-purchase", onlinePurchase, "explain.standing.online-purchase", PartyRole.SENDER)
        .allow(PartyRole.SENDER, PartyRole.RECIPIENT, PartyRole.BENEFICIARY)
        .build();
  }

  /**
   * Montreal Convention 1999 Art. 14 (docs/conventions.md [S], rev. 2026-12; §8 EX-31): rule {@code
   * mc99.art14.standing}, version {@code 1999}. The consignor (the sender) and the consignee (the
   * recipient) may each enforce the rights of the contract in their own name, for every claim type,
   * as may a beneficiary the sender names. Art. 31 says who must <i>complain</i> in time (the person
   * entitled to delivery, {@code TimeBars.montrealNotice}), not who may claim: a sender is not denied
   * standing for damage or delay.
   *
   * @return the rule
   * @since 0.2.0
   */
  public static RoleStanding montreal() {
    return RoleStanding.builder("mc99.art14.standing", "1999", "explain.standing.mc99-art14")
        .allow(PartyRole.SENDER, PartyRole.RECIPIENT, PartyRole.BENEFICIARY)
        .build();
  }

  /**
   * The Montreal standing rule under its 0.1 name.
   *
   * @return {@link #montreal()}
   * @deprecated since 0.2.0: the rule read Art. 31 as denying the sender standing for damage and
   *     delay, which Art. 14 does not (docs/conventions.md rev. 2026-12); it now returns {@link #montreal()}.
   */
  @Deprecated(since = "0.2.0")
  public static RoleStanding montrealNotice() {
    return montreal();
  }

  /**
   * Whether the claim's purchase proof (E04) or standing evidence (E03), not rejected in review,
   * states {@value #PURCHASE_CHANNEL} = {@value #ONLINE}.
   *
   * @return the condition, code {@code online-purchase}
   */
  public static Condition statedOnlinePurchase() {
    return Policies.condition(
        "online-purchase",
        (claim, context) ->
            claim.evidence().stream()
                .filter(e -> e.reviewStatus() != ReviewStatus.REJECTED)
                .filter(e -> e.kind().equals(EvidenceKind.PURCHASE_PROOF) || e.kind().equals(EvidenceKind.STANDING))
                .flatMap(e -> e.statedFacts().stream())
                .anyMatch(f -> f.name().equals(PURCHASE_CHANNEL) && f.text().filter(ONLINE::equals).isPresent()));
  }
}
