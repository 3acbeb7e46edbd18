package io.parcelclaims.workflow.event;

import java.util.Objects;

/**
 * An investigation started (docs/process.md, step 3).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @since 0.1.0
 */
public record InvestigationOpened(EventHeader header) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.investigation-opened";

  /** Requires every part and copies lists. */
  public InvestigationOpened {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
