package io.parcelclaims.stored;

/**
 * A stored event or its canonical text does not have the expected shape: a field missing or of
 * the wrong kind, a malformed value, an unknown type or version. The message names the place.
 *
 * @since 0.1.0
 */
public final class StoredFormException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message naming the place and the problem.
   *
   * @param message the message
   */
  public StoredFormException(String message) {
    super(message);
  }

  /**
   * An exception with a message naming the place and the problem, and its cause.
   *
   * @param message the message
   * @param cause what failed underneath
   */
  public StoredFormException(String message, Throwable cause) {
    super(message, cause);
  }
}
