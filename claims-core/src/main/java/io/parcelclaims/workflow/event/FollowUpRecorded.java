package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.Satisfaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up call was recorded (docs/process.md, step 7). The comment is masked in
 * {@link #toString()}.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param satisfaction the score, if given
 * @param categories what the feedback is about, in order
 * @param comment the claimant's words, if any
 * @since 0.1.0
 */
public record FollowUpRecorded(EventHeader header, Optional<Satisfaction> satisfaction, List<FeedbackCategory> categories, Optional<String> comment) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.follow-up-recorded";

  /** Requires every part and copies lists. */
  public FollowUpRecorded {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(satisfaction, "satisfaction");
    categories = List.copyOf(categories);
    Objects.requireNonNull(comment, "comment");
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return the parts, with the comment masked} */
  @Override
  public String toString() {
    return "FollowUpRecorded[header=" + header() + ", satisfaction=" + satisfaction + ", categories=" + categories
        + ", comment=" + comment.map(c -> "***") + "]";
  }
}
