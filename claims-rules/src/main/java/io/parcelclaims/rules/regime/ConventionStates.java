package io.parcelclaims.rules.regime;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which states are parties to each convention, as the caller knows it: ISO 3166-1 alpha-2 codes.
 * docs/README.md lists no member states, so the SDK ships none: the caller supplies the lists from an
 * authoritative source (ICAO's and UNECE's status lists) and keeps them current. A code the caller
 * lists for a territory (such as {@code HK}) counts as a party. Immutable value.
 *
 * @param montreal the parties to the Montreal Convention 1999
 * @param warsawHague the parties to the Warsaw Convention as amended at The Hague 1955
 * @param cmr the contracting states of CMR 1956
 * @since 0.3.0
 */
public record ConventionStates(Set<String> montreal, Set<String> warsawHague, Set<String> cmr) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final ConventionStates NONE = new ConventionStates(Set.of(), Set.of(), Set.of());

  /**
   * Copies and checks the lists.
   *
   * @throws InvalidValueException if a code is not an upper-case ISO 3166-1 alpha-2 code
   */
  public ConventionStates {
    List<Violation> problems = new ArrayList<>();
    montreal = checked("montreal", montreal, problems);
    warsawHague = checked("warsawHague", warsawHague, problems);
    cmr = checked("cmr", cmr, problems);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  /** {@return no state is a party to any convention: every cross-border claim has regime NONE} */
  public static ConventionStates none() {
    return NONE;
  }

  /**
   * These lists with more Montreal parties.
   *
   * @param countries ISO 3166-1 alpha-2 codes
   * @return a copy
   */
  public ConventionStates withMontreal(String... countries) {
    return new ConventionStates(union(montreal, countries), warsawHague, cmr);
  }

  /**
   * These lists with more parties to Warsaw as amended at The Hague.
   *
   * @param countries ISO 3166-1 alpha-2 codes
   * @return a copy
   */
  public ConventionStates withWarsawHague(String... countries) {
    return new ConventionStates(montreal, union(warsawHague, countries), cmr);
  }

  /**
   * These lists with more CMR contracting states.
   *
   * @param countries ISO 3166-1 alpha-2 codes
   * @return a copy
   */
  public ConventionStates withCmr(String... countries) {
    return new ConventionStates(montreal, warsawHague, union(cmr, countries));
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    for (String c : more) {
      all.add(Objects.requireNonNull(c, "country"));
    }
    return all;
  }

  private static Set<String> checked(String path, Set<String> codes, List<Violation> problems) {
    Objects.requireNonNull(codes, path);
    TreeSet<String> sorted = new TreeSet<>();
    for (String code : codes) {
      if (code == null || !COUNTRY.matcher(code).matches()) {
        problems.add(Violation.of(path, "value.malformed",
            "must hold ISO 3166-1 alpha-2 codes such as CN (was \"" + code + "\")", String.valueOf(code)));
      } else {
        sorted.add(code);
      }
    }
    return java.util.Collections.unmodifiableSet(sorted);
  }
}
