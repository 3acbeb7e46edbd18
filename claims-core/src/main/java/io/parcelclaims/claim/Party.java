package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A person or company in the carrier's party store: a claimant, sender or recipient, with personal
 * data.
 *
 * <p>Name, phone, address and account number are masked ({@code ***}) in {@link #toString()} and are
 * never logged. Only the intake command carries a {@code Party}; claims and events carry its
 * {@link #ref()}, so personal data can be erased without rewriting an event log. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Party {
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

  Party() {}

  /** {@return the reference to this party in the carrier's party store} */
  public abstract PartyRef ref();

  /** {@return the name; personal data} */
  @Value.Redacted
  public abstract String name();

  /** {@return the phone number: digits, spaces and dashes, optionally a leading +; personal data} */
  @Value.Redacted
  public abstract String phone();

  /** {@return the postal address, if given; personal data} */
  @Value.Redacted
  public abstract Optional<String> address();

  /** {@return the bank or payment account number for payouts, if given; personal data} */
  @Value.Redacted
  public abstract Optional<String> accountNumber();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    checks.notBlank("name", name());
    if (!PHONE.matcher(phone()).matches()) {
      // the value itself is personal data, so it is not repeated in the message
      checks.add(
          "phone",
          "value.malformed",
          "must be 5 to 20 digits, spaces or dashes, optionally after a +");
    }
    address().ifPresent(a -> checks.notBlank("address", a));
    accountNumber().ifPresent(a -> checks.notBlank("accountNumber", a));
    checks.throwIfAny();
  }

  /** Builds a {@link Party}; use once. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
