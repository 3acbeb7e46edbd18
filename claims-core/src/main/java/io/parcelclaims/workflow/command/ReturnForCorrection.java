package io.parcelclaims.workflow.command;

import io.parcelclaims.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sends a reported claim back to the claimant to correct (docs/process.md, step 2: verification).
 *
 * @param header its id, claim, actor, time and expected version
 * @param fieldsToCorrect the paths of the claim's fields to correct, such as {@code shipment.waybill}; at least one
 * @since 0.1.0
 */
public record ReturnForCorrection(CommandHeader header, List<String> fieldsToCorrect) implements ClaimCommand {
  private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[[0-9]+])?(\\.[A-Za-z][A-Za-z0-9]*(\\[[0-9]+])?)*");

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public ReturnForCorrection {
    Objects.requireNonNull(header, "header");
    fieldsToCorrect = List.copyOf(fieldsToCorrect);
    Checks checks = new Checks();
    if (fieldsToCorrect.isEmpty()) {
      checks.add("fieldsToCorrect", "command.empty", "must name at least one field");
    }
    for (int i = 0; i < fieldsToCorrect.size(); i++) {
      if (!FIELD_PATH.matcher(fieldsToCorrect.get(i)).matches()) {
        checks.add("fieldsToCorrect[" + i + "]", "value.malformed", "must be a field path such as shipment.waybill or evidence[0].kind");
      }
    }
    checks.throwIfAny();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RETURN_FOR_CORRECTION;
  }
}
