package io.parcelclaims.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The SDK's own intake and value factories reject every invalid input, naming each field at fault. */
class InvalidInputProperties {

  @Property
  void the_intake_form_names_every_defect(@ForAll("forms") InvalidClaimForm form) {
    List<String> reported = form.newForm().violations().stream().map(Violation::path).toList();

    assertTrue(reported.containsAll(form.expectedPaths()), () -> form + "\n  reported " + reported);
  }

  @Property
  void the_intake_form_refuses_to_build_the_claim_with_the_same_paths(@ForAll("forms") InvalidClaimForm form) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> form.newForm().toClaim());

    List<String> reported = e.violations().stream().map(Violation::path).toList();
    assertTrue(reported.containsAll(form.expectedPaths()), () -> form + "\n  reported " + reported);
  }

  @Property
  void every_bad_value_is_rejected_naming_its_fields(@ForAll("values") InvalidValue value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, value::attempt, value::toString);

    List<String> reported = e.violations().stream().map(Violation::path).toList();
    assertTrue(reported.containsAll(value.expectedPaths()), () -> value + "\n  reported " + reported);
    // the message a person reads names every field too
    value.expectedPaths().forEach(path -> assertTrue(e.getMessage().contains(path + ": "), e::getMessage));
  }

  @Provide
  Arbitrary<InvalidClaimForm> forms() {
    return ClaimArbitraries.invalidClaimForms();
  }

  @Provide
  Arbitrary<InvalidValue> values() {
    return ClaimArbitraries.invalidValues();
  }
}
