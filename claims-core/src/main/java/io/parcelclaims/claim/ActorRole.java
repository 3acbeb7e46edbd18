package io.parcelclaims.claim;

/**
 * The role of a person acting on a claim (docs/process.md).
 *
 * @since 0.1.0
 */
public enum ActorRole {
  /** The claimant, acting through a self-service channel. */
  CLAIMANT,

  /** Customer service. */
  CUSTOMER_SERVICE,

  /** An investigator. */
  INVESTIGATOR,

  /** An assessor who prices claims. */
  ASSESSOR,

  /** A supervisor who approves above an assessor's authority. */
  SUPERVISOR,

  /** Finance, who pays. */
  FINANCE,

  /** An automated process of the carrier. */
  SYSTEM;
}
