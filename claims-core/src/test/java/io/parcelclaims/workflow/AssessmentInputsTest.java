package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The workflow passes what it knows (issue 12): every input an {@link AssessmentContext} can hold
 * comes through the assess command's one {@link AssessmentInputs} value, except the attributes the
 * workflow derives ({@link AssessClaim#DERIVED_BY_THE_WORKFLOW}), and the investigation's root
 * cause reaches the policy.
 */
class AssessmentInputsTest {

  /** The attributes of a value type: its abstract and default accessors, by name. */
  private static TreeMap<String, Method> attributes(Class<?> type) {
    TreeMap<String, Method> found = new TreeMap<>();
    for (Method m : type.getMethods()) {
      boolean accessor = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class;
      if (accessor && (Modifier.isAbstract(m.getModifiers()) || m.isDefault())) {
        found.put(m.getName(), m);
      }
    }
    return found;
  }

  @Test
  void every_context_attribute_is_set_by_the_assess_command_or_derived_by_the_workflow() {
    Set<String> context = attributes(AssessmentContext.class).keySet();
    Set<String> inputs = attributes(AssessmentInputs.class).keySet();
    Set<String> neither = new TreeSet<>(context);
    neither.removeAll(inputs);

    assertEquals(new TreeSet<>(AssessClaim.DERIVED_BY_THE_WORKFLOW), neither,
        "a context attribute the command cannot set must be on the documented derived list, and only those");
    assertTrue(context.containsAll(inputs), "every input is an attribute of the context");
    assertTrue(context.containsAll(List.of("governingDate", "zone", "finding", "rootCause", "affectedWeightKg",
        "wilfulMisconduct")), () -> "the reflection found " + context);
  }

  /** Every input set to a value that is not its default. */
  private static AssessmentInputs everyInput() {
    return AssessmentInputs.builder()
        .provedValue(cny("780.00"))
        .assessedLoss(cny("600.00"))
        .affectedWeightKg(new BigDecimal("1.250"))
        .salvageValue(cny("20.00"))
        .sdrRate(new SdrRate(Currency.getInstance("CNY"), new BigDecimal("9.7000"), LocalDate.of(2025, 9, 25)))
        .addExchangeRates(new ExchangeRate(Currency.getInstance("USD"), Currency.getInstance("CNY"),
            new BigDecimal("7.1000"), LocalDate.of(2025, 9, 25)))
        .addPriorPayouts(cny("10.00"))
        .addDefences(DenialReason.INHERENT_VICE)
        .intentOrGrossNegligence(true)
        .wilfulMisconduct(true)
        .capNoticeProven(true)
        .build();
  }

  @Test
  void every_input_of_the_assess_command_reaches_the_policy_unchanged() throws ReflectiveOperationException {
    AssessmentInputs in = everyInput();
    for (Method m : attributes(AssessmentInputs.class).values()) {
      Object value = invoke(m, in);
      boolean set = value instanceof Optional<?> o ? o.isPresent()
          : value instanceof List<?> l ? !l.isEmpty()
          : !Boolean.FALSE.equals(value);
      assertTrue(set, () -> m.getName() + " is not set in everyInput(): set it, so this test covers it");
    }
    RecordingPolicy policy = new RecordingPolicy();
    Desk desk = Paths.at(policy.workflow(), ClaimStatus.INVESTIGATED);

    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, in, List.of(
        new InputOverride(EvidencedInput.PROVED_VALUE, "test: every input counts"),
        new InputOverride(EvidencedInput.ASSESSED_LOSS, "test: every input counts"))));

    AssessmentContext seen = policy.last();
    for (Method m : attributes(AssessmentInputs.class).values()) {
      Method same = attributes(AssessmentContext.class).get(m.getName());
      assertEquals(invoke(m, in), invoke(same, seen), m.getName());
    }
    ClaimAssessed event = (ClaimAssessed) desk.history().events().get(desk.history().events().size() - 1);
    assertEquals(seen, event.context(), "the event records the context the policy was given");
  }

  private static Object invoke(Method m, Object target) throws ReflectiveOperationException {
    m.setAccessible(true);
    try {
      return m.invoke(target);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName(), e.getCause());
    }
  }

  @Test
  void the_workflow_derives_the_governing_date_zone_finding_and_root_cause_from_the_history() {
    RecordingPolicy policy = new RecordingPolicy();
    Desk desk = Paths.at(policy.workflow(), ClaimStatus.INVESTIGATED);

    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, AssessmentInputs.none()));

    AssessmentContext seen = policy.last();
    assertEquals(LocalDate.of(2025, 9, 20), seen.governingDate(), "the acceptance date");
    assertEquals(WorkflowFixtures.SHANGHAI, seen.zone());
    assertEquals(Optional.of(InvestigationFinding.LOST), seen.finding());
    assertEquals(Optional.of(RootCause.SORTING), seen.rootCause());
    assertEquals(List.of(), seen.establishedDefences(), "sorting is no defence");
  }

  @Test
  void a_root_cause_that_is_a_defence_reaches_the_policy_without_being_entered_again() {
    // EX-23's shape: the investigation closes with "not the carrier's liability", force majeure
    RecordingPolicy policy = new RecordingPolicy();
    Desk desk = Paths.at(policy.workflow(), ClaimStatus.INVESTIGATING);
    desk.accept(INVESTIGATOR, Paths.later(desk), h -> new ConcludeInvestigation(h,
        InvestigationFinding.NOT_CARRIERS_LIABILITY, RootCause.FORCE_MAJEURE));

    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, AssessmentInputs.none()));

    AssessmentContext seen = policy.last();
    assertEquals(Optional.of(RootCause.FORCE_MAJEURE), seen.rootCause());
    assertEquals(List.of(), seen.defences(), "the assessor typed nothing");
    assertEquals(List.of(DenialReason.FORCE_MAJEURE), seen.establishedDefences());
    assertEquals(Optional.of(InvestigationFinding.NOT_CARRIERS_LIABILITY), seen.finding());
  }

  @Test
  void the_derived_list_names_no_input() {
    Set<String> inputs = attributes(AssessmentInputs.class).keySet();

    assertFalse(AssessClaim.DERIVED_BY_THE_WORKFLOW.stream().anyMatch(inputs::contains));
    assertEquals(AssessClaim.DERIVED_BY_THE_WORKFLOW.size(),
        Arrays.stream(AssessClaim.DERIVED_BY_THE_WORKFLOW.toArray()).collect(Collectors.toSet()).size());
  }
}
