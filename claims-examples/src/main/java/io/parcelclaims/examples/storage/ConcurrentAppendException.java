package io.parcelclaims.examples.storage;

/** Another writer stored a version of the claim first; reload the events and decide again. */
public final class ConcurrentAppendException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a claim and the first version that could not be written.
   *
   * @param claimId the claim id
   * @param firstVersion the first version this writer tried
   * @param cause the database's refusal
   */
  public ConcurrentAppendException(String claimId, long firstVersion, Throwable cause) {
    super("claim " + claimId + ": version " + firstVersion + " or later was already stored", cause);
  }
}
