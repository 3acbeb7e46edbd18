package io.parcelclaims.claim;

import org.immutables.value.Value;

/**
 * Who claims: a reference to a party and the role it holds towards the shipment. No personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Claimant {
  Claimant() {}

  /** {@return the party's reference in the carrier's party store} */
  public abstract PartyRef party();

  /** {@return the party's role towards the shipment} */
  public abstract PartyRole role();

  /**
   * A claimant.
   *
   * @param party the party reference
   * @param role the role
   * @return the claimant
   */
  public static Claimant of(PartyRef party, PartyRole role) {
    return ImmutableClaimant.builder().party(party).role(role).build();
  }
}
