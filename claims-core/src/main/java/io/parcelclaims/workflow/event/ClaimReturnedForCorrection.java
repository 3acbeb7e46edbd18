package io.parcelclaims.workflow.event;

import java.util.List;
import java.util.Objects;

/**
 * The claim went back to the claimant for correction (docs/process.md, step 2).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param fieldsToCorrect the paths of the fields to correct, in order
 * @since 0.1.0
 */
public record ClaimReturnedForCorrection(EventHeader header, List<String> fieldsToCorrect) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.returned-for-correction";

  /** Requires every part and copies lists. */
  public ClaimReturnedForCorrection {
    Objects.requireNonNull(header, "header");
    fieldsToCorrect = List.copyOf(fieldsToCorrect);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
