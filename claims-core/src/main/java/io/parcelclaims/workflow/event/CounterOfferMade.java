package io.parcelclaims.workflow.event;

import io.parcelclaims.money.Money;
import java.util.Objects;

/**
 * The claimant answered the offer with the amount asked instead (docs/process.md, step 5).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param amount the amount asked
 * @since 0.1.0
 */
public record CounterOfferMade(EventHeader header, Money amount) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.counter-offer-made";

  /** Requires every part and copies lists. */
  public CounterOfferMade {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(amount, "amount");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
