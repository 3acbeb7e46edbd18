package io.parcelclaims.policy;

/**
 * Whether a claim or notice comes too early, in time, or after the period allowed.
 *
 * @since 0.1.0
 */
public enum Timeliness {
  /** Not yet possible: the answer says from which day it is. */
  TOO_EARLY,
  /** Within the period: the answer says its last day, when a period applies. */
  IN_TIME,
  /** After the period: the answer says the last day that was allowed and the denial reason. */
  BARRED
}
