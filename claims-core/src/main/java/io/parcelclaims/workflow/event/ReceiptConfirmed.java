package io.parcelclaims.workflow.event;

import java.util.Objects;

/**
 * The claimant confirmed the money arrived (docs/process.md, step 6).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @since 0.1.0
 */
public record ReceiptConfirmed(EventHeader header) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.receipt-confirmed";

  /** Requires every part and copies lists. */
  public ReceiptConfirmed {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
