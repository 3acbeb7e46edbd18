package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a follow-up call (回访; docs/process.md, step 7): satisfaction, what the feedback is about
 * and the claimant's words. The comment is masked in {@link #toString()}.
 *
 * @param header its id, claim, actor, time and expected version
 * @param satisfaction the score, if the claimant gave one
 * @param categories what the feedback is about, in the order given
 * @param comment the claimant's words, if any; not blank; may hold personal data
 * @since 0.1.0
 */
public record RecordFollowUp(CommandHeader header, Optional<Satisfaction> satisfaction, List<FeedbackCategory> categories, Optional<String> comment) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public RecordFollowUp {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(satisfaction, "satisfaction");
    categories = List.copyOf(categories);
    Objects.requireNonNull(comment, "comment");
    comment.ifPresent(c -> new Checks().notBlank("comment", c).throwIfAny());
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RECORD_FOLLOW_UP;
  }

  /** {@return the parts, with the comment masked} */
  @Override
  public String toString() {
    return "RecordFollowUp[header=" + header() + ", satisfaction=" + satisfaction + ", categories=" + categories
        + ", comment=" + comment.map(c -> "***") + "]";
  }
}
