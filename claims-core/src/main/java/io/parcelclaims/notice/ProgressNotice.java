package io.parcelclaims.notice;

import io.parcelclaims.message.MessageArg;
import java.util.List;
import java.util.Objects;

/**
 * What the claimant is told about one event: a message code and its parameters. Parameters hold
 * ids, codes, amounts and dates, never personal data.
 *
 * @param code the message key, such as {@code notice.claim-reported}
 * @param arguments the parameters, in placeholder order
 * @since 0.1.0
 */
public record ProgressNotice(String code, List<MessageArg> arguments) {

  /** Requires the code and copies the arguments. */
  public ProgressNotice {
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
  }

  /**
   * A notice.
   *
   * @param code the message key
   * @param arguments the parameters
   * @return the notice
   */
  public static ProgressNotice of(String code, MessageArg... arguments) {
    return new ProgressNotice(code, List.of(arguments));
  }
}
